import { pathToFileURL } from 'node:url';
import { type CliPlugin, type StabilityMetadata, isCliPlugin, readStabilityMetadata } from '@switchyard/sdk';
import type { CliPluginPackage } from './discover-cli-plugins.js';

/** A plugin's commands, with the stability its package declares. */
export interface LoadedCliPlugin {
  packageName: string;
  metadata: StabilityMetadata;
  plugin: CliPlugin;
}

/** Imports a discovered `./cli` module; rejects with a message naming the package and the fix. */
export async function loadCliPlugin(found: CliPluginPackage): Promise<LoadedCliPlugin> {
  const metadata = readStabilityMetadata(found.packageJson, `${found.name} (${found.directory}/package.json)`);
  let module: { default?: unknown };
  try {
    module = (await import(/* @vite-ignore */ pathToFileURL(found.entryPath).href)) as { default?: unknown };
  } catch (error) {
    throw new Error(`${found.name}: cannot load its command module ${found.entryPath}: ${(error as Error).message}`, { cause: error });
  }
  if (!isCliPlugin(module.default)) {
    throw new Error(
      `${found.name}: ${found.entryPath} does not export CLI commands as its default export; ` +
        'expected "export default defineCliPlugin({...})" with defineCliPlugin from @switchyard/sdk',
    );
  }
  return { packageName: found.name, metadata, plugin: module.default };
}
