import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Stability } from '@switchyard/sdk';
import type { HostedPlugin } from '../plugins/loaded-plugin.js';
import { exportTarget, resolvePluginPackage } from '../plugins/resolve-plugin-package.js';

/** How a plugin package contributes its dashboard panel, as `./cli` contributes commands. */
export const DASHBOARD_SUBPATH = './dashboard';

/** A loaded plugin's panel module, labeled from the plugin's package metadata. */
export interface PluginPanel {
  service: string;
  packageName: string;
  version: string;
  stability: Stability;
  file: string;
}

export interface FoundPanels {
  panels: PluginPanel[];
  /** One sentence each, logged at start-up: a panel that is declared but cannot be served. */
  warnings: string[];
}

/**
 * The panels of the loaded plugins only (a plugin that is installed but not loaded shows none).
 * A plugin without a `./dashboard` export simply has no panel; a declared one that is missing is
 * a warning, never a refused start-up: the API matters more than its panel.
 */
export function findPluginPanels(plugins: readonly HostedPlugin[], searchDirectories: readonly string[]): FoundPanels {
  const found: FoundPanels = { panels: [], warnings: [] };
  for (const hosted of plugins) {
    const installed = resolvePluginPackage(hosted.packageName, searchDirectories);
    const target = installed && exportTarget(installed.packageJson, DASHBOARD_SUBPATH);
    if (installed === undefined || target === undefined) continue;
    const file = path.resolve(installed.directory, target);
    if (!existsSync(file)) {
      found.warnings.push(`${hosted.packageName}: its dashboard panel ${file} does not exist (build the package first); the dashboard shows no ${hosted.service} panel`);
      continue;
    }
    found.panels.push({ service: hosted.service, packageName: hosted.packageName, version: hosted.version, stability: hosted.metadata.stability, file });
  }
  return found;
}
