#!/usr/bin/env node
/**
 * Records the data a release stores, for the upgrade-with-data test (tests/upgrade): starts this
 * release's built server on a fresh SQLite file, populates it through the HTTP API, and writes
 * tests/upgrade/fixtures/<version>/database.sql (a dump) plus expected.json (every resource as served).
 * Preview plugins enabled in the workspace's switchyard.toml get a fixture of their own under
 * fixtures/<version>/preview/<service>/, so stable data never depends on preview data.
 *
 *   node packages/core/server/scripts/snapshot-release-data.mjs [--config switchyard.toml] [--out <dir>] [--core-only]
 *
 * Run at release time, after `changeset version`, on the built release (Nx target
 * `snapshot-release-data` builds first). An existing fixture of the same version is replaced.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../dist/index.js';
import { CORE_COLLECTIONS, FIREWALL_COLLECTIONS } from './release-data/record-served.mjs';
import { populateCore } from './release-data/populate-core.mjs';
import { populateFirewall } from './release-data/populate-firewall.mjs';
import { snapshotFixture } from './release-data/snapshot-fixture.mjs';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workspaceRoot = path.resolve(packageRoot, '../../..');

/** How to populate each preview service; an enabled preview missing here is reported, not guessed. */
const PREVIEW_DATA = {
  firewall: { populate: populateFirewall, collections: FIREWALL_COLLECTIONS },
};

const { values: options } = parseArgs({
  options: {
    config: { type: 'string', default: path.join(workspaceRoot, 'switchyard.toml') },
    out: { type: 'string' },
    'core-only': { type: 'boolean', default: false },
  },
});

const version = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')).version;
const outDir = path.resolve(options.out ?? path.join(packageRoot, 'tests/upgrade/fixtures', version));

await snapshotFixture({ version, baseDir: workspaceRoot, outDir, plugins: [], pluginSettings: {}, populate: populateCore, collections: CORE_COLLECTIONS });
if (!options['core-only']) await snapshotPreviews();

async function snapshotPreviews() {
  const config = loadConfig({ argv: ['--config', options.config], env: {}, cwd: workspaceRoot });
  const previews = config.servicePlugins.filter((service) => config.preview.enabled.includes(service));
  for (const service of previews) {
    const data = PREVIEW_DATA[service];
    if (!data) {
      console.warn(`snapshot-release-data: no populator for the preview "${service}"; add one to PREVIEW_DATA in ${path.relative(workspaceRoot, fileURLToPath(import.meta.url))} to record its data`);
      continue;
    }
    await snapshotFixture({
      version,
      baseDir: config.baseDir,
      outDir: path.join(outDir, 'preview', service),
      plugins: [service],
      pluginSettings: config.plugins,
      populate: async (clientFor) => {
        await populateCore(clientFor);
        await data.populate(clientFor);
      },
      collections: [...CORE_COLLECTIONS, ...data.collections],
    });
  }
}
