import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type SwitchyardConfig, configSourceName } from '../config/config.js';
import { StartupError } from '../errors.js';
import { resolvePluginPackage } from '../plugins/resolve-plugin-package.js';

export const DASHBOARD_PACKAGE = '@switchyard/dashboard';

/** The installed dashboard: where its built files are. */
export interface DashboardAssets {
  version: string;
  directory: string;
}

/**
 * Finds @switchyard/dashboard at run time, as plugins are found: the server does not depend on
 * it, so a server without it runs, and asking for it without it installed stops the start-up.
 */
export async function findDashboard(config: SwitchyardConfig, searchDirectories: readonly string[]): Promise<DashboardAssets> {
  const found = resolvePluginPackage(DASHBOARD_PACKAGE, searchDirectories);
  if (found === undefined) throw notInstalled(config, searchDirectories);
  const module = (await import(/* @vite-ignore */ pathToFileURL(found.entryPath).href)) as { dashboardAssetsDirectory?: () => string };
  if (typeof module.dashboardAssetsDirectory !== 'function') {
    throw new StartupError(`${DASHBOARD_PACKAGE} at ${found.directory} does not export dashboardAssetsDirectory(); install a release of it that matches this server`);
  }
  const directory = module.dashboardAssetsDirectory();
  if (!existsSync(path.join(directory, 'index.html'))) {
    throw new StartupError(`${DASHBOARD_PACKAGE} is installed at ${found.directory} but has no built page (${path.join(directory, 'index.html')}); build it first (npm run build)`);
  }
  return { version: String(found.packageJson.version ?? '0.0.0'), directory };
}

function notInstalled(config: SwitchyardConfig, searched: readonly string[]): StartupError {
  const source = configSourceName(config);
  return new StartupError(
    `[dashboard] enabled = "yes" in ${source}, but the package ${DASHBOARD_PACKAGE} is not installed (looked from ${searched.join(' and ')}); ` +
      `run "npm install ${DASHBOARD_PACKAGE}" or set [dashboard] enabled = "no" in ${source}`,
  );
}
