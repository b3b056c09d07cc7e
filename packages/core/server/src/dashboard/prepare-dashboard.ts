import type { SwitchyardConfig } from '../config/config.js';
import { packageSearchDirectories } from '../plugins/load-plugin-package.js';
import type { HostedPlugin } from '../plugins/loaded-plugin.js';
import { type DashboardAssets, findDashboard } from './find-dashboard.js';
import { type PluginPanel, findPluginPanels } from './find-plugin-panels.js';

export interface PreparedDashboard {
  assets: DashboardAssets;
  panels: PluginPanel[];
  warnings: string[];
}

/** The dashboard and the loaded plugins' panels, found before anything starts; undefined when not enabled. */
export async function prepareDashboard(
  config: SwitchyardConfig,
  plugins: readonly HostedPlugin[],
  searchDirectories: readonly string[] = packageSearchDirectories(config),
): Promise<PreparedDashboard | undefined> {
  if (!config.dashboard?.enabled) return undefined;
  const assets = await findDashboard(config, searchDirectories);
  return { assets, ...findPluginPanels(plugins, searchDirectories) };
}
