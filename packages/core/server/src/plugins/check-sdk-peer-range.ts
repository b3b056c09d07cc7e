import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import semver from 'semver';
import { PluginLoadError } from '../errors.js';
import type { PluginPackage } from './resolve-plugin-package.js';

const SDK = '@switchyard/sdk';

/**
 * The @switchyard/sdk this server runs with: the contract every plugin is handed at start-up,
 * whatever copy the plugin itself would resolve.
 */
export function installedSdkVersion(): string {
  const require = createRequire(import.meta.url);
  const packageJson = JSON.parse(readFileSync(require.resolve(`${SDK}/package.json`), 'utf8')) as { version: string };
  return packageJson.version;
}

/**
 * A plugin built for another major of the SDK would fail later in obscure ways (a missing
 * helper, a changed shape); refuse it up front, naming both versions. Checked before the
 * plugin's code is imported. A plugin with no SDK peer range has nothing to check.
 */
export function checkSdkPeerRange(found: PluginPackage, entry: string, source: string, sdkVersion: string): void {
  const range = (found.packageJson.peerDependencies as Record<string, string> | undefined)?.[SDK];
  if (range === undefined || semver.satisfies(sdkVersion, range, { includePrerelease: true })) return;
  const plugin = `${found.name} ${String(found.packageJson.version ?? '(no version)')}`;
  throw new PluginLoadError(
    `${plugin} (service_plugins entry ${JSON.stringify(entry)} in ${source}) requires ${SDK} ${range} (its peerDependencies), ` +
      `but this server runs ${SDK} ${sdkVersion}; install a release of ${found.name} whose peer range includes ${sdkVersion} ` +
      `(see "npm view ${found.name} peerDependencies"), upgrade @switchyard/server to a release that ships ${SDK} ${range}, ` +
      `or remove ${JSON.stringify(entry)} from service_plugins`,
  );
}
