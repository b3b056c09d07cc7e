import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type StabilityMetadata, StabilityMetadataError, isServicePlugin, readStabilityMetadata } from '@switchyard/sdk';
import { type SwitchyardConfig, configSourceName } from '../config/config.js';
import { PluginLoadError } from '../errors.js';
import { checkSdkPeerRange, installedSdkVersion } from './check-sdk-peer-range.js';
import type { PluginLoader } from './loaded-plugin.js';
import { packageNameFor } from './package-name.js';
import { type PluginPackage, resolvePluginPackage } from './resolve-plugin-package.js';

/**
 * The default loader: resolves the entry's package next to the config file first (an
 * operator's own install), then next to the server, and imports its default export.
 */
export function createPackageLoader(config: SwitchyardConfig): PluginLoader {
  const searchDirectories = packageSearchDirectories(config);
  return async (entry) => {
    const packageName = packageNameFor(entry);
    const found = resolvePluginPackage(packageName, searchDirectories);
    if (found === undefined) throw missingPackage(config, entry, packageName, searchDirectories);
    const metadata = readMetadata(found);
    checkSdkPeerRange(found, entry, configSourceName(config), installedSdkVersion());
    const plugin = await importPlugin(found);
    return { service: plugin.name, packageName, version: String(found.packageJson.version ?? '0.0.0'), metadata, plugin };
  };
}

/** Where optional packages (plugins, the dashboard) are looked for: an operator's own install first, then the server's. */
export function packageSearchDirectories(config: SwitchyardConfig): string[] {
  return [config.baseDir, path.dirname(fileURLToPath(import.meta.url))];
}

function missingPackage(config: SwitchyardConfig, entry: string, packageName: string, searched: string[]): PluginLoadError {
  return new PluginLoadError(
    `service_plugins in ${configSourceName(config)} lists ${JSON.stringify(entry)}, but the package ${packageName} is not installed ` +
      `(looked from ${searched.join(' and ')}); run "npm install ${packageName}" or remove ${JSON.stringify(entry)} from service_plugins`,
  );
}

function readMetadata(found: PluginPackage): StabilityMetadata {
  try {
    return readStabilityMetadata(found.packageJson, found.packageJsonPath);
  } catch (error) {
    if (!(error instanceof StabilityMetadataError)) throw error;
    throw new PluginLoadError(`cannot load service plugin ${found.name}: ${error.message}`, { cause: error });
  }
}

async function importPlugin(found: PluginPackage) {
  let module: { default?: unknown };
  try {
    module = (await import(/* @vite-ignore */ pathToFileURL(found.entryPath).href)) as { default?: unknown };
  } catch (error) {
    throw new PluginLoadError(`cannot load service plugin ${found.name} from ${found.entryPath}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (!isServicePlugin(module.default)) {
    throw new PluginLoadError(
      `${found.name} (${found.entryPath}) does not export a service plugin as its default export; ` +
        `expected "export default defineServicePlugin({...})" with defineServicePlugin from @switchyard/sdk`,
    );
  }
  return module.default;
}
