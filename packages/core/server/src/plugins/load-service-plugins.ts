import { type SwitchyardConfig, configSourceName } from '../config/config.js';
import { checkPluginConfig } from './check-plugin-config.js';
import type { LoadedServicePlugin, PluginLoader, PluginSelection } from './loaded-plugin.js';
import { createPackageLoader } from './load-plugin-package.js';
import {
  checkPreviewOptIn,
  checkServiceName,
  refuseDuplicateEntries,
  refuseDuplicateServices,
  selectionWarnings,
} from './selection-rules.js';

/**
 * Loads and checks every `service_plugins` entry. Runs before the database is opened, so a
 * refused start-up (missing package, no preview opt-in, bad plugin config) leaves no trace.
 *
 * @public
 */
export async function loadServicePlugins(config: SwitchyardConfig, loadPlugin?: PluginLoader): Promise<PluginSelection> {
  const source = configSourceName(config);
  const load = loadPlugin ?? createPackageLoader(config);
  refuseDuplicateEntries(config.servicePlugins, source);
  const loaded: LoadedServicePlugin[] = [];
  for (const entry of config.servicePlugins) {
    const plugin = await load(entry);
    checkServiceName(entry, plugin, source);
    loaded.push(plugin);
  }
  refuseDuplicateServices(loaded, source);
  for (const plugin of loaded) checkPreviewOptIn(plugin, config, source);
  const plugins = loaded.map((plugin) => ({ ...plugin, config: checkPluginConfig(plugin, config.plugins[plugin.service], source) }));
  return { plugins, warnings: selectionWarnings(config, loaded, source) };
}
