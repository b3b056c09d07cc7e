import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PluginLoadError, buildApp, loadServicePlugins } from '../../src/index.js';
import { installedSdkVersion } from '../../src/plugins/check-sdk-peer-range.js';
import { testConfig } from './config.js';
import { type TempDir, makeTempDir, writeFixturePlugin } from './fixtures.js';

let dir: TempDir;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.remove());

/** A preview plugin package declaring `range` as its @switchyard/sdk peer dependency. */
function writePluginRequiring(range: string): void {
  const packageDir = writeFixturePlugin(dir, { service: 'dns', stability: 'preview', version: '0.2.0' });
  const packageJsonPath = path.join(packageDir, 'package.json');
  const packageJson = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(packageJsonPath, JSON.stringify({ ...packageJson, peerDependencies: { '@switchyard/sdk': range } }, null, 2));
}

const optedIn = () => testConfig(dir.root, { servicePlugins: ['dns'], preview: { enabled: ['dns'] } });

describe('start-up: a plugin\'s @switchyard/sdk peer range', () => {
  it('loads a plugin whose range includes the installed SDK', async () => {
    writePluginRequiring(`^${installedSdkVersion()}`);
    const selection = await loadServicePlugins(optedIn());
    expect(selection.plugins.map((plugin) => plugin.packageName)).toEqual(['@switchyard/dns']);
  });

  it('refuses to start when the range excludes the installed SDK, naming the plugin, its range and the SDK version', async () => {
    writePluginRequiring('^99.0.0');
    const error = await buildApp({ config: optedIn() }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PluginLoadError);
    const sdk = installedSdkVersion();
    expect((error as Error).message).toBe(
      '@switchyard/dns 0.2.0 (service_plugins entry "dns" in switchyard.toml) requires @switchyard/sdk ^99.0.0 (its peerDependencies), ' +
        `but this server runs @switchyard/sdk ${sdk}; install a release of @switchyard/dns whose peer range includes ${sdk} ` +
        '(see "npm view @switchyard/dns peerDependencies"), upgrade @switchyard/server to a release that ships @switchyard/sdk ^99.0.0, ' +
        'or remove "dns" from service_plugins',
    );
  });
});
