export { run, type RunOptions } from './run.js';
export type { CliIo } from './io.js';
export type { PluginOptions } from './plugins/load-plugin-commands.js';
export { CLI_ERROR_CATALOG, CliError, ServerError, type CliErrorCode } from './errors.js';
