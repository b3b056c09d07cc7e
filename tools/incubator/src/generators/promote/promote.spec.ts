import { readFileSync } from 'node:fs';
import path from 'node:path';
import { logger, readJson, readProjectConfiguration, type Tree } from '@nx/devkit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compareSchemaWithTypes } from '../../lib/schema-agreement.js';
import { MIGRATIONS_SOURCE, PLUGIN_SOURCE, previewWorkspace } from './promote-fixture.js';
import { NEXT_STEPS, promoteGenerator } from './promote.js';

/** Every file of the tree as text, to prove a refused run leaves it exactly as it was. */
function snapshot(tree: Tree): Map<string, string | undefined> {
  return new Map(tree.listChanges().map((change) => [change.path, change.content?.toString()]));
}

describe('promote generator', () => {
  beforeEach(() => {
    vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    return () => vi.restoreAllMocks();
  });

  it('graduates the preview into packages/core with every surface relabelled stable', async () => {
    const tree = previewWorkspace();
    await promoteGenerator(tree, { name: 'firewall' });

    expect(tree.exists('packages/preview/firewall')).toBe(false);
    const project = readProjectConfiguration(tree, '@switchyard/firewall');
    expect(project.root).toBe('packages/core/firewall');
    expect(project.tags).toEqual(['stability:stable']);
    const packageJson = readJson(tree, 'packages/core/firewall/package.json');
    expect(packageJson).toMatchObject({ name: '@switchyard/firewall', version: '0.1.0', switchyard: { stability: 'stable', enteredCycle: 3 } });
    expect(tree.read('packages/core/firewall/README.md', 'utf-8')).not.toContain('PREVIEW.**');
    expect(tree.read('switchyard.toml', 'utf-8')).toContain('enabled = ["vpn"]');
    expect(readJson(tree, 'tsconfig.json').references).toContainEqual({ path: './packages/core/firewall' });
    expect(readJson(tree, 'packages/preview/vpn/package.json').dependencies).toEqual({ '@switchyard/firewall': '^1.0.0' });
    expect(tree.read('.changeset/promote-firewall.md', 'utf-8')).toMatch(/^---\n"@switchyard\/firewall": major\n---\n\nPromoted to stable: firewall /);
  });

  it('keeps the migration identity: service name and migration names unchanged', async () => {
    const tree = previewWorkspace();
    await promoteGenerator(tree, { name: 'firewall' });
    expect(tree.read('packages/core/firewall/src/index.ts', 'utf-8')).toBe(PLUGIN_SOURCE);
    expect(tree.read('packages/core/firewall/src/migrations/index.ts', 'utf-8')).toBe(MIGRATIONS_SOURCE);
  });

  it('refuses, listing every failed criterion, and leaves the tree untouched', async () => {
    const tree = previewWorkspace();
    tree.delete('packages/preview/firewall/tests/scenario/lifecycle.spec.ts');
    tree.write('blueprints/BP-0002.md', '---\nstatus: proposed\n---\n');
    const before = snapshot(tree);
    await expect(promoteGenerator(tree, { name: 'firewall' })).rejects.toThrow(
      [
        'Cannot promote @switchyard/firewall: 2 criteria not met. Fix each of these, then run the generator again:',
        '  - it has no scenario tests: add at least one packages/preview/firewall/tests/scenario/*.spec.ts that walks through a multi-step use.',
        '  - Blueprint BP-0002 is not approved: blueprints/BP-0002.md has status "proposed"; only a blueprint with "status: approved" in its front matter can be used.',
      ].join('\n'),
    );
    expect(snapshot(tree)).toEqual(before);
  });

  it('refuses an unknown package before reading anything else', async () => {
    await expect(promoteGenerator(previewWorkspace(), { name: 'dns' })).rejects.toThrow(
      'Cannot promote "dns": packages/preview/dns/package.json does not exist. Only a preview package in packages/preview/dns can be promoted; check the name.',
    );
  });

  it('prints a short list of what it changed, and writes only through the tree', async () => {
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    try {
      const tree = previewWorkspace();
      const callback = await promoteGenerator(tree, { name: 'firewall' });
      expect(info).toHaveBeenCalledWith(
        [
          'Promoting @switchyard/firewall to stable:',
          '  - moved packages/preview/firewall to packages/core/firewall (still @switchyard/firewall)',
          '  - packages/core/firewall/package.json: tag stability:stable, switchyard.stability "stable" from cycle 3, promotedFrom recorded',
          '  - packages/core/firewall/README.md: preview banner replaced by a stable note',
          '  - switchyard.toml: "firewall" no longer labelled PREVIEW nor listed in [preview] enabled',
          '  - tsconfig.json: reference now points at packages/core/firewall',
          '  - packages/preview/vpn/tsconfig.json: reference now points at packages/core/firewall',
          '  - packages/preview/vpn/package.json: depends on @switchyard/firewall ^1.0.0',
          '  - packages/core/firewall/api/released: first stable API baseline (3 files of api/, 1.0.0 promoted from 0.1.0)',
          '  - .changeset/promote-firewall.md: @switchyard/firewall major (0.x -> 1.0.0), "Promoted to stable: firewall ..."',
        ].join('\n'),
      );
      // Nx skips the callback on --dry-run; it prints the next step and removes build output left on disk (none here).
      const changes = snapshot(tree);
      await callback();
      expect(info).toHaveBeenLastCalledWith(NEXT_STEPS);
      expect(snapshot(tree)).toEqual(changes);
    } finally {
      info.mockRestore();
    }
  });
});

describe('promote generator review list', () => {
  it('names the lines of the moved code that still say preview', async () => {
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    try {
      const tree = previewWorkspace();
      tree.write('packages/preview/firewall/tests/api/host.spec.ts', "it('labels', () => {\n  expect(header).toBe('preview');\n});\n");
      await promoteGenerator(tree, { name: 'firewall' });
      expect(info).toHaveBeenCalledWith(
        'Review these lines, which still say "preview" (tests expecting preview labels now fail):\n  - packages/core/firewall/tests/api/host.spec.ts:2',
      );
    } finally {
      info.mockRestore();
    }
  });
});

describe('schema', () => {
  const here = path.dirname(new URL(import.meta.url).pathname);
  it('schema.d.ts declares exactly the options of schema.json', () => {
    const schema = JSON.parse(readFileSync(path.join(here, 'schema.json'), 'utf-8'));
    expect(compareSchemaWithTypes(schema, readFileSync(path.join(here, 'schema.d.ts'), 'utf-8'), 'PromoteGeneratorSchema')).toEqual([]);
  });

  it('takes the name as the first positional argument', () => {
    const schema = JSON.parse(readFileSync(path.join(here, 'schema.json'), 'utf-8'));
    expect(schema.properties.name.$default).toEqual({ $source: 'argv', index: 0 });
    expect(schema.required).toEqual(['name']);
  });
});
