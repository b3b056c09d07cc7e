import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { type PluginOptions, pluginSearchDirectories } from '../plugins/load-plugin-commands.js';
import { DEFAULT_CONDITIONS } from '../plugins/package-exports.js';
import type { CliConfig } from '../settings/cli-config.js';
import { findServicePlugins } from './find-service-plugins.js';
import { loadCoreConfigSchema } from './load-core-config-schema.js';
import { renderSampleConfig } from './render-sample.js';
import { resolveInstalledPackage } from '../plugins/resolve-package.js';

/** Found by name like plugins, never imported: the sample only says whether it is there. */
const DASHBOARD_PACKAGE = '@switchyard/dashboard';

const SAMPLE_HELP = `
Every key is printed with its description and default: the core keys from the server's own
schema, then [plugins.<service>] of each service plugin installed where the CLI looks for
plugins (this directory, the config file's, the CLI's own install), from the plugin's schema.
service_plugins lists every plugin found and [preview] enabled every preview among them
([dashboard] enabled is "yes" when @switchyard/dashboard is installed there); each
preview section and option is labeled PREVIEW / [preview] from its package.json stability.

Example:
  $ switchyard config sample > switchyard.toml.new`;

/** `switchyard config ...`: works offline, on files, never on the server. */
export function registerConfigCommands(program: Command, io: CliIo, config: CliConfig | undefined, options: PluginOptions): void {
  const configCommand = program.command('config').description("Work with switchyard.toml, the server's config file");
  configCommand
    .command('sample')
    .description('Print an annotated switchyard.toml for the core and the installed plugins')
    .addHelpText('after', SAMPLE_HELP)
    .action(async () => {
      const coreSchema = await loadCoreConfigSchema();
      const searchDirectories = options.searchDirectories ?? pluginSearchDirectories(io, config);
      const found = await findServicePlugins({
        configEntries: config?.servicePlugins ?? [],
        searchDirectories,
        conditions: options.conditions ?? DEFAULT_CONDITIONS,
      });
      for (const warning of found.warnings) io.stderr(`switchyard: warning: ${warning}\n`);
      const dashboard = resolveInstalledPackage(DASHBOARD_PACKAGE, searchDirectories) !== undefined;
      io.stdout(renderSampleConfig(coreSchema, found.plugins, { dashboard }));
    });
}
