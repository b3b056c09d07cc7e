import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProjectGraphAsync, workspaceRoot } from '@nx/devkit';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Proves that eslint.config.mjs keeps stable code off preview packages. The rule needs Nx's
 * project graph; outside `nx` it reads the cached one in .nx/workspace-data, so it is
 * (re)computed first: a stale cache could lack a project and silently skip the check.
 */
const RULE = '@nx/enforce-module-boundaries';
const CONFIG_FILE = path.join(workspaceRoot, 'eslint.config.mjs');
const STABLE_ONLY = 'A project tagged with "stability:stable" can only depend on libs tagged with "stability:stable"';

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

let workspaceLint: ESLint;
let constraintsOnlyLint: ESLint;

beforeAll(async () => {
  process.env.NX_DAEMON = 'false';
  await createProjectGraphAsync({ exitOnError: false });
  workspaceLint = new ESLint({ cwd: workspaceRoot, overrideConfigFile: CONFIG_FILE });
  constraintsOnlyLint = new ESLint({
    cwd: workspaceRoot,
    overrideConfigFile: CONFIG_FILE,
    overrideConfig: await withoutCycleDetection(),
  });
}, 120_000);

/**
 * The firewall depends on the core packages, so importing it from them is also a dependency
 * cycle, which the rule reports first. This copy of the workspace's rule options ignores those
 * cycles, to show that the stability constraints alone would still refuse the import.
 */
async function withoutCycleDetection(): Promise<Linter.Config> {
  const workspaceConfig = ((await import(pathToFileURL(CONFIG_FILE).href)) as { default: Linter.Config[] }).default;
  const entry = workspaceConfig.find((config) => config.rules?.[RULE] !== undefined);
  const [, options] = (entry?.rules?.[RULE] ?? []) as [unknown, Record<string, unknown>?];
  if (options === undefined) throw new Error(`${CONFIG_FILE} does not configure ${RULE}`);
  const ignoredCircularDependencies = [
    ['@switchyard/server', '@switchyard/firewall'],
    ['@switchyard/sdk', '@switchyard/firewall'],
  ];
  return { files: entry?.files, rules: { [RULE]: ['error', { ...options, ignoredCircularDependencies }] } };
}

/** Lints `source` as if it were a file in `folder`, returning this rule's findings. */
async function boundaryErrors(linter: ESLint, folder: string, source: string): Promise<string[]> {
  const [result] = await linter.lintText(source, { filePath: path.join(workspaceRoot, folder, 'boundary-probe.ts') });
  expect(result.messages.filter((message) => message.fatal)).toEqual([]);
  return result.messages.filter((message) => message.ruleId === RULE && message.severity === 2).map((message) => message.message);
}

describe.each(['packages/core/server/src', 'packages/core/sdk/src'])('stable code in %s', (folder) => {
  describe.each(forms)('depending on the preview @switchyard/firewall by %s', (_form, write) => {
    it('fails lint', async () => {
      expect(await boundaryErrors(workspaceLint, folder, write('@switchyard/firewall'))).toHaveLength(1);
    });

    it('breaks the stability constraint, even where no dependency cycle reveals it', async () => {
      expect(await boundaryErrors(constraintsOnlyLint, folder, write('@switchyard/firewall'))).toEqual([STABLE_ONLY]);
    });
  });
});

describe('stable code in tools/incubator, which the firewall does not depend on', () => {
  it.each(forms)('may not depend on @switchyard/firewall by %s', async (_form, write) => {
    expect(await boundaryErrors(workspaceLint, 'tools/incubator/src', write('@switchyard/firewall'))).toEqual([STABLE_ONLY]);
  });
});

describe('preview code in packages/preview/firewall/src', () => {
  it.each(forms)('may depend on the stable @switchyard/sdk by %s', async (_form, write) => {
    expect(await boundaryErrors(workspaceLint, 'packages/preview/firewall/src', write('@switchyard/sdk'))).toEqual([]);
  });
});

describe('stable code depending on stable code', () => {
  it.each([
    ['packages/core/server/src', '@switchyard/sdk'],
    ['packages/core/server/src', '@switchyard/db'],
    ['packages/core/db/src', '@switchyard/sdk'],
  ])('is allowed from %s to %s, in every form', async (folder, target) => {
    for (const [, write] of forms) expect(await boundaryErrors(workspaceLint, folder, write(target))).toEqual([]);
  });
});
