export { buildApp, type BuildAppOptions } from './app.js';
export { startServer, type RunningServer } from './start-server.js';
export { loadConfig, type LoadConfigOptions } from './config/load-config.js';
export { parseServerArguments, USAGE, type ServerArguments } from './config/arguments.js';
export type { SwitchyardConfig } from './config/config.js';
export { StartupError, ConfigError, UsageError, PluginLoadError } from './errors.js';
export { loadServicePlugins } from './plugins/load-service-plugins.js';
export type { LoadedServicePlugin, PluginLoader, HostedPlugin, PluginSelection } from './plugins/loaded-plugin.js';
export type { ApiCatalog, CatalogExtension, CatalogResource } from './discovery/api-catalog.js';
