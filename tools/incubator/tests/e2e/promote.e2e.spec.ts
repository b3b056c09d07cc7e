import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WorkspaceCopy, copyWorkspace } from './workspace-copy.js';

/**
 * Runs `nx g @switchyard/incubator:promote` for real, on a copy of this workspace.
 * node_modules is symlinked rather than copied (it is large and only read); build output,
 * caches and git data are left out.
 */
let copy: WorkspaceCopy;

beforeAll(() => {
  copy = copyWorkspace('promote-e2e-');
  writeProbePreview();
});

/**
 * A small preview of our own, "probe", so the spec does not depend on which real previews the
 * workspace has today (the firewall itself is due for promotion).
 */
function writeProbePreview(): void {
  const root = 'packages/preview/probe';
  write(`${root}/package.json`, `${JSON.stringify(PROBE_PACKAGE_JSON, null, 2)}\n`);
  write(`${root}/README.md`, '# @switchyard/probe\n\n> **⚠ PREVIEW.** A preview.\n> It may change.\n\nProbe.\n');
  write(`${root}/tsconfig.json`, '{\n  "extends": "../../../tsconfig.base.json",\n  "references": [{ "path": "../../core/sdk" }]\n}\n');
  write(`${root}/src/index.ts`, "export default defineServicePlugin({ name: 'probe' });\n");
  write(`${root}/tests/api/probe.spec.ts`, "it('answers', () => {});\n");
  write(`${root}/tests/scenario/probe.spec.ts`, "it('walks through', () => {});\n");
  // The API baseline promote requires (the compatibility gate's files), as api-report and openapi would write them.
  write(`${root}/api-extractor.json`, '{ "extends": "../../../api-extractor.base.json" }\n');
  write(`${root}/api/report.api.md`, '## API Report File for "@switchyard/probe"\n');
  write(`${root}/api/model.api.json`, '{ "kind": "Package", "name": "@switchyard/probe", "members": [] }\n');
  write(`${root}/api/openapi.json`, '{ "openapi": "3.0.3", "info": { "title": "probe", "version": "0.3.0" }, "paths": {} }\n');
  write('blueprints/BP-9999.md', '---\nstatus: approved\n---\n# Probe\n');
  const tsconfig = JSON.parse(read('tsconfig.json'));
  tsconfig.references.push({ path: `./${root}` });
  write('tsconfig.json', `${JSON.stringify(tsconfig, null, 2)}\n`);
  write('switchyard.toml', `${read('switchyard.toml')}\n# PREVIEW: settings of the probe plugin.\n[plugins.probe]\n`);
}

const PROBE_PACKAGE_JSON = {
  name: '@switchyard/probe',
  version: '0.3.0',
  switchyard: { stability: 'preview', enteredCycle: 1, blueprint: 'BP-9999' },
  nx: {
    tags: ['stability:preview'],
    targets: {
      'api-report': {
        command: 'node ../../../tools/incubator/src/compat/typescript/api-report.mjs',
        options: { cwd: '{projectRoot}' },
        configurations: { update: { args: '--update' } },
        dependsOn: ['build'],
      },
      openapi: { command: 'node packages/core/server/dist/openapi.js {projectRoot}', configurations: { update: { args: '--update' } }, dependsOn: ['build', '^build'] },
      // The graduation criteria's `tests` (nx.json) run these through Nx; the probe's own are instant, as
      // this spec is about what promote writes (promote-runs-targets.spec.ts shows a failing one refused).
      // No dependsOn: the copy has no cache, and the defaults' ^build would build the core packages each run.
      lint: { command: 'node -e "console.log(0)"', dependsOn: [] },
      typecheck: { command: 'node -e "console.log(0)"', dependsOn: [] },
      test: { command: 'node -e "console.log(0)"', dependsOn: [] },
    },
  },
  peerDependencies: { '@switchyard/sdk': '^1.0.0' },
};

function write(file: string, text: string): void {
  copy.write(file, text);
}

afterAll(() => copy?.remove());

function nx(...args: string[]): { status: number | null; output: string } {
  return copy.nx(...args);
}

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(copy.root, folder), { recursive: true, encoding: 'utf-8' }).sort();
}

function read(file: string): string {
  return copy.read(file);
}

describe('nx g @switchyard/incubator:promote (end to end)', () => {
  it('refuses an unknown package with the reason, changing nothing', () => {
    const { status, output } = nx('g', '@switchyard/incubator:promote', 'nope');
    expect(status).not.toBe(0);
    expect(output).toContain('Cannot promote "nope": packages/preview/nope/package.json does not exist.');
  }, 60_000);

  it('with --dry-run lists the changes and writes nothing', () => {
    const before = { preview: filesUnder('packages/preview'), toml: read('switchyard.toml'), changesets: filesUnder('.changeset') };
    const { status, output } = nx('g', '@switchyard/incubator:promote', 'probe', '--dry-run');
    expect(status, output).toBe(0);
    expect(output).toContain('Graduation criteria: lint, typecheck, test of @switchyard/probe pass (nx run, cache hits count).');
    expect(output).toContain('Promoting @switchyard/probe to stable:');
    expect(output).toContain('.changeset/promote-probe.md');
    expect({ preview: filesUnder('packages/preview'), toml: read('switchyard.toml'), changesets: filesUnder('.changeset') }).toEqual(before);
    expect(existsSync(path.join(copy.root, 'packages/core/probe'))).toBe(false);
  }, 60_000);

  it('moves the preview into packages/core as a stable package', () => {
    const { status, output } = nx('g', '@switchyard/incubator:promote', 'probe');
    expect(status, output).toBe(0);
    expect(existsSync(path.join(copy.root, 'packages/preview/probe'))).toBe(false);
    const packageJson = JSON.parse(read('packages/core/probe/package.json'));
    expect(packageJson).toMatchObject({ name: '@switchyard/probe', version: '0.3.0', switchyard: { stability: 'stable' }, nx: { tags: ['stability:stable'] } });
    expect(read('packages/core/probe/README.md')).not.toContain('**⚠ PREVIEW.**');
    expect(read('packages/core/probe/tsconfig.json')).toContain('"extends": "../../../tsconfig.base.json"');
    expect(read('switchyard.toml')).toMatch(/\n# Settings of the probe plugin\.\n\[plugins\.probe\]\n/);
    expect(JSON.parse(read('tsconfig.json')).references).toContainEqual({ path: './packages/core/probe' });
    expect(read('.changeset/promote-probe.md')).toMatch(/^---\n"@switchyard\/probe": major\n---\n\nPromoted to stable: probe /);
  }, 60_000);
});
