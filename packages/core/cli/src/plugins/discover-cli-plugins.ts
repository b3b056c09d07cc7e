import { existsSync } from 'node:fs';
import path from 'node:path';
import { exportTarget, hasExport } from './package-exports.js';
import { type InstalledPackage, isServicePluginPackage, listScopePackages, packageNameFor, resolveInstalledPackage } from './resolve-package.js';

export const CLI_SUBPATH = './cli';

/** A package that contributes commands: its `./cli` module is at `entryPath`. */
export interface CliPluginPackage extends InstalledPackage {
  entryPath: string;
}

export interface DiscoveryOptions {
  /** `service_plugins` of the config file, with the file's name for messages. */
  configEntries: readonly string[];
  configSource?: string;
  /** Directories to resolve packages from, nearest first (the working directory, then the CLI's own). */
  searchDirectories: readonly string[];
  conditions: readonly string[];
}

export interface Discovery {
  packages: CliPluginPackage[];
  /** Service plugins (listed in service_plugins, or peer-depending on the SDK) with no `./cli` export: named in help as such. */
  withoutCommands: InstalledPackage[];
  /** One line each, for stderr: a listed plugin that is not installed, or a `./cli` not built. */
  warnings: string[];
}

/**
 * Plugins are the packages `service_plugins` names plus every installed package of the
 * @switchyard scope with a `switchyard` field and a `./cli` export. Problems become warnings,
 * so one broken plugin never takes the core commands down with it. Service plugins without a
 * `./cli` export are listed apart, so the CLI can say so instead of staying silent.
 */
export function discoverCliPlugins(options: DiscoveryOptions): Discovery {
  const discovery: Discovery = { packages: [], withoutCommands: [], warnings: [] };
  const listed = options.configEntries.map(packageNameFor);
  const scanned = listScopePackages(options.searchDirectories);
  for (const name of new Set([...listed, ...scanned])) {
    const installed = resolveInstalledPackage(name, options.searchDirectories);
    if (installed === undefined) {
      if (listed.includes(name)) discovery.warnings.push(notInstalled(name, options));
      continue;
    }
    if (!isCliPlugin(installed)) {
      if (isPluginWithoutCli(installed, listed.includes(name))) discovery.withoutCommands.push(installed);
      continue;
    }
    checkEntry(installed, options.conditions, discovery);
  }
  return discovery;
}

function isCliPlugin(installed: InstalledPackage): boolean {
  return installed.packageJson.switchyard !== undefined && hasExport(installed.packageJson, CLI_SUBPATH);
}

function isPluginWithoutCli(installed: InstalledPackage, listed: boolean): boolean {
  if (hasExport(installed.packageJson, CLI_SUBPATH) || installed.packageJson.switchyard === undefined) return false;
  return listed || isServicePluginPackage(installed);
}

function checkEntry(installed: InstalledPackage, conditions: readonly string[], discovery: Discovery): void {
  const target = exportTarget(installed.packageJson, CLI_SUBPATH, conditions);
  if (target === undefined) {
    discovery.warnings.push(`${installed.name}: exports["${CLI_SUBPATH}"] has no target for ${conditions.join('/')}; its commands are unavailable`);
    return;
  }
  const entryPath = path.resolve(installed.directory, target);
  if (!existsSync(entryPath)) {
    discovery.warnings.push(`${installed.name}: its command module ${entryPath} does not exist (build the package first); its commands are unavailable`);
    return;
  }
  discovery.packages.push({ ...installed, entryPath });
}

function notInstalled(name: string, options: DiscoveryOptions): string {
  const source = options.configSource ?? 'the config file';
  return `service_plugins in ${source} lists ${name}, which is not installed (looked from ${options.searchDirectories.join(' and ')}); its commands are unavailable: run "npm install ${name}"`;
}
