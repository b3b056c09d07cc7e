import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ApiResource, type JsonSchema, type ServicePlugin, type Stability, isServicePlugin, readStabilityMetadata } from '@switchyard/sdk';
import { exportTarget } from '../plugins/package-exports.js';
import { type InstalledPackage, PLUGIN_SCOPE, isServicePluginPackage, listScopePackages, packageNameFor, resolveInstalledPackage } from '../plugins/resolve-package.js';

/** An installed service plugin, as the sample config shows it. */
export interface SamplePlugin {
  /** Its service name: `[plugins.<service>]`, `[preview] enabled`. */
  service: string;
  packageName: string;
  /** How `service_plugins` names it: the service for `@switchyard/<service>`, else the package. */
  entry: string;
  /** From the package's `switchyard.stability`, wherever the package lives. */
  stability: Stability;
  description: string;
  configSchema?: JsonSchema;
  /** The resources its quotas count (`[quotas] <resource>`), from its kit declarations. */
  quotas: readonly SampleQuota[];
}

/** One `[quotas]` key a plugin adds. */
export interface SampleQuota {
  resource: string;
  /** What it counts, in the plural ("security groups"). */
  noun: string;
  default: number;
}

export interface ServicePluginSearch {
  /** `service_plugins` of the config file: looked for in any scope. */
  configEntries: readonly string[];
  /** Directories to resolve packages from, nearest first. */
  searchDirectories: readonly string[];
  conditions: readonly string[];
}

export interface FoundServicePlugins {
  plugins: SamplePlugin[];
  /** One line each, for stderr: a plugin package that cannot be read. */
  warnings: string[];
}

/**
 * Service plugins are found by name, like plugin commands, and never imported statically: the
 * packages `service_plugins` names, plus every installed @switchyard package with a `switchyard`
 * field that peer-depends on the SDK (how plugins declare the contract they build on; core
 * packages depend on it directly). Sorted by service name, so the sample is stable.
 */
export async function findServicePlugins(search: ServicePluginSearch): Promise<FoundServicePlugins> {
  const found: FoundServicePlugins = { plugins: [], warnings: [] };
  const listed = search.configEntries.map(packageNameFor);
  for (const name of new Set([...listed, ...listScopePackages(search.searchDirectories)])) {
    const installed = resolveInstalledPackage(name, search.searchDirectories);
    if (installed === undefined || !(listed.includes(name) || isServicePluginPackage(installed))) continue;
    try {
      addPlugin(found, await readServicePlugin(installed, search.conditions));
    } catch (error) {
      found.warnings.push((error as Error).message);
    }
  }
  found.plugins.sort((a, b) => a.service.localeCompare(b.service));
  return found;
}

function addPlugin(found: FoundServicePlugins, plugin: SamplePlugin): void {
  const twin = found.plugins.find((other) => other.service === plugin.service);
  if (twin === undefined) {
    found.plugins.push(plugin);
    return;
  }
  found.warnings.push(`${plugin.packageName} and ${twin.packageName} both declare the service "${plugin.service}"; the sample shows ${twin.packageName}`);
}

async function readServicePlugin(installed: InstalledPackage, conditions: readonly string[]): Promise<SamplePlugin> {
  const { stability } = readStabilityMetadata(installed.packageJson, `${installed.name} (${installed.directory}/package.json)`);
  const plugin = await importServicePlugin(installed, conditions);
  const ownPackage = `${PLUGIN_SCOPE}/${plugin.name}` === installed.name;
  return {
    service: plugin.name,
    packageName: installed.name,
    entry: ownPackage ? plugin.name : installed.name,
    stability,
    description: plugin.description,
    configSchema: plugin.configSchema,
    quotas: quotasOf(plugin),
  };
}

function quotasOf(plugin: ServicePlugin): SampleQuota[] {
  // Only kind is checked on import: a plugin object written by hand may leave resources out.
  const resources = (plugin.resources as readonly ApiResource[] | undefined) ?? [];
  return resources.flatMap(({ resource, collection, quota }) =>
    quota === undefined ? [] : [{ resource, noun: collection.split('_').join(' '), default: quota.default }],
  );
}

async function importServicePlugin(installed: InstalledPackage, conditions: readonly string[]): Promise<ServicePlugin> {
  const target = exportTarget(installed.packageJson, '.', conditions);
  if (target === undefined) throw new Error(`${installed.name}: exports["."] has no target for ${conditions.join('/')}; its settings are left out`);
  const entryPath = path.resolve(installed.directory, target);
  if (!existsSync(entryPath)) throw new Error(`${installed.name}: ${entryPath} does not exist (build the package first); its settings are left out`);
  let module: { default?: unknown };
  try {
    module = (await import(/* @vite-ignore */ pathToFileURL(entryPath).href)) as { default?: unknown };
  } catch (error) {
    throw new Error(`${installed.name}: cannot load ${entryPath}: ${(error as Error).message}; its settings are left out`, { cause: error });
  }
  if (!isServicePlugin(module.default)) {
    throw new Error(`${installed.name}: ${entryPath} does not export a service plugin (defineServicePlugin) as its default export; its settings are left out`);
  }
  return module.default;
}
