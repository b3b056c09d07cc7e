import type { SwitchyardConfig } from '../config/config.js';
import type { LoadedServicePlugin, PluginLoader } from './loaded-plugin.js';

// INITIAL SCAFFOLD (to be replaced by the plugin-host work): resolves nothing yet.
export async function loadServicePlugins(config: SwitchyardConfig, loadPlugin?: PluginLoader): Promise<LoadedServicePlugin[]> {
  if (!loadPlugin) return [];
  return Promise.all(config.servicePlugins.map((entry) => loadPlugin(entry)));
}
