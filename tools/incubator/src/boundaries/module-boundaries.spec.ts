import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { workspaceRoot } from '@nx/devkit';
import type { ESLint, Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WorkspaceCopy, copyWorkspace } from '../../tests/e2e/workspace-copy.js';

/**
 * Proves that eslint.config.mjs keeps stable code off preview packages. The preview under test is
 * "probe", written into a copy of this workspace, so the proof holds whichever real previews exist
 * today (the firewall is due for promotion). The copy's project graph is computed first, then the
 * probe imports are linted there by the ESLint command line, with the workspace's own config.
 */
const RULE = '@nx/enforce-module-boundaries';
const STABLE_ONLY = 'A project tagged with "stability:stable" can only depend on libs tagged with "stability:stable"';
const PROBE = '@switchyard/probe';
const PROBE_ROOT = 'packages/preview/probe';

/** Every way a module can depend on another, as source text importing `target`. */
const FORMS: Record<string, (target: string) => string> = {
  'static import': (target) => `import { probe } from '${target}';\nexport const used = probe;\n`,
  'import()': (target) => `export const load = () => import('${target}');\n`,
  require: (target) => `export const loaded = require('${target}');\n`,
  'export * from': (target) => `export * from '${target}';\n`,
  'export { x } from': (target) => `export { probe } from '${target}';\n`,
  'import type': (target) => `import type { Probe } from '${target}';\nexport type Used = Probe;\n`,
};
const forms = Object.entries(FORMS);
const STABLE_FOLDERS_THE_PROBE_DEPENDS_ON = ['packages/core/server/src', 'packages/core/sdk/src'];
const STABLE_PAIRS = [
  ['packages/core/server/src', '@switchyard/sdk'],
  ['packages/core/server/src', '@switchyard/db'],
  ['packages/core/db/src', '@switchyard/sdk'],
];

/** One probe file: `folder` depending on `target` by `form`. */
interface Probe {
  folder: string;
  target: string;
  form: string;
}

const probes: Probe[] = [
  ...[...STABLE_FOLDERS_THE_PROBE_DEPENDS_ON, 'tools/incubator/src'].flatMap((folder) => forms.map(([form]) => ({ folder, target: PROBE, form }))),
  ...forms.map(([form]) => ({ folder: `${PROBE_ROOT}/src`, target: '@switchyard/sdk', form })),
  ...STABLE_PAIRS.flatMap(([folder, target]) => forms.map(([form]) => ({ folder, target, form }))),
];

let copy: WorkspaceCopy;
let workspaceFindings: Map<Probe, string[]>;
let constraintsOnlyFindings: Map<Probe, string[]>;

beforeAll(async () => {
  copy = copyWorkspace('module-boundaries-', { workspaceLinks: { [PROBE]: PROBE_ROOT } });
  writeProbePreview();
  // The rule reads the cached graph; without the probe in it, the check would silently pass.
  const graph = copy.nx('show', 'projects');
  if (graph.status !== 0 || !graph.output.includes(PROBE)) throw new Error(`the copy's project graph lacks ${PROBE}:\n${graph.output}`);
  const files = probes.map((probe, index) => writeProbeFile(probe, index));
  workspaceFindings = lintProbes(files, []);
  const towardsProbe = files.filter(({ probe }) => probe.target === PROBE);
  constraintsOnlyFindings = lintProbes(towardsProbe, ['--rule', JSON.stringify({ [RULE]: await withoutCycleDetection() })]);
}, 240_000);

afterAll(() => copy?.remove());

/** A small preview service that, like a real one, depends on the stable SDK. */
function writeProbePreview(): void {
  const packageJson = {
    name: PROBE,
    version: '0.1.0',
    type: 'module',
    exports: { '.': { '@switchyard/source': './src/index.ts', default: './dist/index.js' } },
    switchyard: { stability: 'preview', enteredCycle: 1, blueprint: 'BP-0002' },
    nx: { tags: ['stability:preview'] },
    dependencies: { '@switchyard/sdk': '^1.0.0' },
  };
  copy.write(`${PROBE_ROOT}/package.json`, `${JSON.stringify(packageJson, null, 2)}\n`);
  copy.write(`${PROBE_ROOT}/src/index.ts`, "import { STABILITIES } from '@switchyard/sdk';\nexport const probe = STABILITIES;\nexport type Probe = typeof probe;\n");
}

function writeProbeFile(probe: Probe, index: number): { probe: Probe; file: string } {
  const file = `${probe.folder}/boundary-probe-${index}.ts`;
  copy.write(file, FORMS[probe.form](probe.target));
  return { probe, file };
}

/**
 * The probe depends on the SDK, so importing it from the SDK is also a dependency cycle, which
 * the rule reports first. This copy of the workspace's rule options ignores those cycles, to show
 * that the stability constraints alone would still refuse the import.
 */
async function withoutCycleDetection(): Promise<Linter.RuleEntry> {
  const configFile = path.join(workspaceRoot, 'eslint.config.mjs');
  const workspaceConfig = ((await import(pathToFileURL(configFile).href)) as { default: Linter.Config[] }).default;
  const entry = workspaceConfig.find((config) => config.rules?.[RULE] !== undefined);
  const [, options] = (entry?.rules?.[RULE] ?? []) as [unknown, Record<string, unknown>?];
  if (options === undefined) throw new Error(`${configFile} does not configure ${RULE}`);
  const ignoredCircularDependencies = STABLE_FOLDERS_THE_PROBE_DEPENDS_ON.map((folder) => [projectOf(folder), PROBE]);
  return ['error', { ...options, ignoredCircularDependencies }];
}

function projectOf(folder: string): string {
  return `@switchyard/${folder.split('/')[2]}`;
}

/** Runs `eslint` in the copy on the probe files; returns each probe's findings of this rule. */
function lintProbes(files: { probe: Probe; file: string }[], extraArguments: string[]): Map<Probe, string[]> {
  const result = spawnSync('npx', ['eslint', '--format', 'json', ...extraArguments, ...files.map(({ file }) => file)], {
    cwd: copy.root,
    encoding: 'utf-8',
    env: { ...process.env, NX_DAEMON: 'false' },
    maxBuffer: 64 * 1024 * 1024,
  });
  let results: ESLint.LintResult[];
  try {
    results = JSON.parse(result.stdout) as ESLint.LintResult[];
  } catch {
    throw new Error(`eslint did not answer JSON (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  return new Map(
    files.map(({ probe, file }) => {
      const messages = results.find((entry) => entry.filePath === path.join(copy.root, file))?.messages ?? [];
      expect(messages.filter((message) => message.fatal)).toEqual([]);
      return [probe, messages.filter((message) => message.ruleId === RULE && message.severity === 2).map((message) => message.message)];
    }),
  );
}

function findings(map: Map<Probe, string[]>, folder: string, target: string, form: string): string[] {
  const probe = probes.find((candidate) => candidate.folder === folder && candidate.target === target && candidate.form === form);
  if (probe === undefined) throw new Error(`no probe for ${folder} -> ${target} by ${form}`);
  const found = map.get(probe);
  if (found === undefined) throw new Error(`${folder}/boundary-probe for ${target} by ${form} was not linted`);
  return found;
}

describe.each(STABLE_FOLDERS_THE_PROBE_DEPENDS_ON)('stable code in %s', (folder) => {
  describe.each(forms)(`depending on the preview ${PROBE} by %s`, (form) => {
    it('fails lint', () => {
      expect(findings(workspaceFindings, folder, PROBE, form)).toHaveLength(1);
    });

    it('breaks the stability constraint, even where no dependency cycle reveals it', () => {
      expect(findings(constraintsOnlyFindings, folder, PROBE, form)).toEqual([STABLE_ONLY]);
    });
  });
});

describe('stable code in tools/incubator, which the probe does not depend on', () => {
  it.each(forms)(`may not depend on ${PROBE} by %s`, (form) => {
    expect(findings(workspaceFindings, 'tools/incubator/src', PROBE, form)).toEqual([STABLE_ONLY]);
  });
});

describe(`preview code in ${PROBE_ROOT}/src`, () => {
  it.each(forms)('may depend on the stable @switchyard/sdk by %s', (form) => {
    expect(findings(workspaceFindings, `${PROBE_ROOT}/src`, '@switchyard/sdk', form)).toEqual([]);
  });
});

describe('stable code depending on stable code', () => {
  it.each(STABLE_PAIRS)('is allowed from %s to %s, in every form', (folder, target) => {
    for (const [form] of forms) expect(findings(workspaceFindings, folder, target, form)).toEqual([]);
  });
});
