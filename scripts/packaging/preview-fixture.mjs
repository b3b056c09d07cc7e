import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from './packager-site.mjs';

/**
 * A preview service plugin of the suite's own, published when the workspace holds no preview (all
 * promoted or retired), so the preview opt-in is always tested. One collection, one list route, on
 * the installed @switchyard/sdk.
 */
export const FIXTURE_PREVIEW = {
  name: '@switchyard-probe/notes',
  version: '0.1.0',
  service: 'notes',
  alias: 'probe_notes',
  collection: { collection: 'notes', path: '/v2.0/probe/notes' },
};

export function publishPreviewFixture(dir, registry) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: FIXTURE_PREVIEW.name,
      version: FIXTURE_PREVIEW.version,
      description: 'Preview plugin of the packaging test. PREVIEW.',
      type: 'module',
      exports: { '.': { default: './index.js' }, './package.json': './package.json' },
      peerDependencies: { '@switchyard/sdk': '^1.0.0' },
      switchyard: { stability: 'preview', enteredCycle: 1, blueprint: 'BP-0099' },
    }),
  );
  writeFileSync(
    path.join(dir, 'index.js'),
    [
      "import { defineServicePlugin } from '@switchyard/sdk';",
      'export default defineServicePlugin({',
      `  name: '${FIXTURE_PREVIEW.service}',`,
      "  description: 'Notes, the packaging test preview.',",
      `  extension: { alias: '${FIXTURE_PREVIEW.alias}', name: 'Probe notes', description: 'Notes of the packaging test.', updated: '2026-01-01T00:00:00Z' },`,
      `  resources: [{ resource: 'note', collection: '${FIXTURE_PREVIEW.collection.collection}', path: '${FIXTURE_PREVIEW.collection.path}' }],`,
      `  routes: async (app) => { app.get('${FIXTURE_PREVIEW.collection.path}', async () => ({ ${FIXTURE_PREVIEW.collection.collection}: [] })); },`,
      '  migrations: {},',
      '});',
      '',
    ].join('\n'),
  );
  return run('npm', ['publish', '--registry', registry], dir);
}
