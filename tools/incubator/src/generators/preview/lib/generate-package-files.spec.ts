import { readJson } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { generatePackageFiles, readCorePackages } from './generate-package-files.js';
import { normalizePreviewOptions } from './normalize-options.js';

describe('generatePackageFiles', () => {
  it('reads the ranges and relative paths of sdk, server, db, cli, client and dashboard', () => {
    const tree = createSwitchyardWorkspace();
    expect(readCorePackages(tree, normalizePreviewOptions(tree, { name: 'vpn', blueprint: 'BP-0007' }))).toEqual({
      sdk: { range: '^1.0.0', reference: '../../core/sdk' },
      server: { range: '^1.0.0', reference: '../../core/server' },
      db: { range: '^1.0.0', reference: '../../core/db' },
      cli: { range: '^1.0.0', reference: '../../core/cli' },
      client: { range: '^1.0.0', reference: '../../core/client' },
      dashboard: { range: '^1.0.0', reference: '../../core/dashboard' },
    });
  });

  it('renders every template, and only those, without leftover markers, with .template stripped', () => {
    const tree = createSwitchyardWorkspace();
    generatePackageFiles(tree, normalizePreviewOptions(tree, { name: 'vpn', blueprint: 'BP-0007' }));
    const written = tree.listChanges().filter((change) => change.path.startsWith('packages/preview/vpn/'));
    expect(written.map((change) => change.path.slice('packages/preview/vpn/'.length)).sort()).toEqual([
      'README.md',
      'api-extractor.cli.json',
      'api-extractor.client.json',
      'api-extractor.dashboard.json',
      'api-extractor.json',
      'package.json',
      'src/cli/index.ts',
      'src/cli/item-commands.ts',
      'src/client/generated/api.ts',
      'src/client/generated/operation-stability.ts',
      'src/client/index.ts',
      'src/config.ts',
      'src/dashboard/index.ts',
      'src/dashboard/panel.spec.ts',
      'src/index.ts',
      'src/migrations/0001-create-items.ts',
      'src/migrations/index.ts',
      'src/migrations/migrations.spec.ts',
      'src/resources/item.ts',
      'src/service/create-item.ts',
      'src/store/count-items.ts',
      'tests/api/client.spec.ts',
      'tests/api/conformance.spec.ts',
      'tests/api/item-commands.spec.ts',
      'tests/api/item-limit.spec.ts',
      'tests/api/items.spec.ts',
      'tests/api/run-cli.ts',
      'tests/api/service-app.ts',
      'tests/scenario/server-process.ts',
      'tests/scenario/server.spec.ts',
      'tsconfig.json',
      'tsup.config.ts',
      'vitest.config.ts',
    ]);
    for (const change of written) {
      expect(change.path).not.toMatch(/\.template$/);
      expect(change.content?.toString('utf-8'), change.path).not.toMatch(/<%|%>/);
    }
    expect(readJson(tree, 'packages/preview/vpn/package.json').switchyard).toEqual({ stability: 'preview', enteredCycle: 3, blueprint: 'BP-0007' });
  });
});
