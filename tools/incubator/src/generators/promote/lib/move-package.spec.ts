import { readJson, readProjectConfiguration } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { FIREWALL_OPTIONS, MIGRATIONS_SOURCE, PLUGIN_SOURCE, previewWorkspace } from '../promote-fixture.js';
import { movePackage } from './move-package.js';

describe('movePackage', () => {
  it('moves every file to packages/core/<name> and keeps the project and package name', async () => {
    const tree = previewWorkspace();
    await movePackage(tree, FIREWALL_OPTIONS);
    expect(tree.exists('packages/preview/firewall')).toBe(false);
    for (const file of ['README.md', 'tests/api/rules.spec.ts', 'tests/scenario/lifecycle.spec.ts', 'src/index.ts']) {
      expect(tree.exists(`packages/core/firewall/${file}`)).toBe(true);
    }
    expect(readProjectConfiguration(tree, '@switchyard/firewall').root).toBe('packages/core/firewall');
    expect(readJson(tree, 'packages/core/firewall/package.json').name).toBe('@switchyard/firewall');
  });

  it('keeps the migration identity: plugin source and migration names are untouched', async () => {
    const tree = previewWorkspace();
    await movePackage(tree, FIREWALL_OPTIONS);
    expect(tree.read('packages/core/firewall/src/index.ts', 'utf-8')).toBe(PLUGIN_SOURCE);
    expect(tree.read('packages/core/firewall/src/migrations/index.ts', 'utf-8')).toBe(MIGRATIONS_SOURCE);
  });

  it('keeps relative paths in its config files, which resolve the same at equal depth', async () => {
    const tree = previewWorkspace();
    tree.write('packages/preview/firewall/tsconfig.json', '{ "extends": "../../../tsconfig.json", "references": [{ "path": "../../core/sdk" }] }\n');
    await movePackage(tree, FIREWALL_OPTIONS);
    // Nx's move would have turned the first "tsconfig.json" into "tsconfig.base.json".
    expect(tree.read('packages/core/firewall/tsconfig.json', 'utf-8')).toBe(
      '{ "extends": "../../../tsconfig.json", "references": [{ "path": "../../core/sdk" }] }\n',
    );
    expect(tree.read('packages/core/firewall/vitest.config.ts', 'utf-8')).toContain("from '../../../vitest.shared'");
  });

  it('leaves the import path alone in the files of other packages', async () => {
    const tree = previewWorkspace();
    tree.write('packages/preview/vpn/src/index.ts', "import firewall from '@switchyard/firewall';\nexport { firewall };\n");
    await movePackage(tree, FIREWALL_OPTIONS);
    expect(tree.read('packages/preview/vpn/src/index.ts', 'utf-8')).toBe("import firewall from '@switchyard/firewall';\nexport { firewall };\n");
  });
});
