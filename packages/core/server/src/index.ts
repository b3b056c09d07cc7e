export { buildApp, type BuildAppOptions } from './app.js';
export type { SwitchyardConfig } from './config/config.js';
export type { LoadedServicePlugin, PluginLoader } from './plugins/loaded-plugin.js';
