import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { Session } from '../session.js';
import type { CliConfig } from '../settings/cli-config.js';
import { discoverCliPlugins } from './discover-cli-plugins.js';
import { loadCliPlugin } from './load-cli-plugin.js';
import { DEFAULT_CONDITIONS } from './package-exports.js';
import { registerPluginWithoutCommands } from './plugin-without-commands.js';
import { registerPluginCommands } from './register-plugin-commands.js';

/** @public */
export interface PluginOptions {
  /** Where packages are resolved from; by default the working directory, the config file's, then the CLI's own install. */
  searchDirectories?: readonly string[];
  /** Export conditions for `./cli` (tests add `@switchyard/source` to run plugins from source). */
  conditions?: readonly string[];
}

/**
 * Finds, imports and registers every plugin's commands, and names the service plugins that have
 * none. A plugin that cannot be loaded costs a warning on stderr, never the core commands.
 */
export async function loadPluginCommands(program: Command, session: Session, io: CliIo, config: CliConfig | undefined, options: PluginOptions) {
  const discovery = discoverCliPlugins({
    configEntries: config?.servicePlugins ?? [],
    configSource: config?.source,
    searchDirectories: options.searchDirectories ?? pluginSearchDirectories(io, config),
    conditions: options.conditions ?? DEFAULT_CONDITIONS,
  });
  const warnings = [...discovery.warnings];
  for (const found of discovery.packages) {
    try {
      await registerPluginCommands(program, await loadCliPlugin(found), session, io);
    } catch (error) {
      warnings.push((error as Error).message);
    }
  }
  // After the plugins' own commands: a name one of them already took stays theirs.
  for (const found of discovery.withoutCommands) {
    try {
      registerPluginWithoutCommands(program, found);
    } catch (error) {
      warnings.push((error as Error).message);
    }
  }
  for (const warning of warnings) io.stderr(`switchyard: warning: ${warning}\n`);
}

/** The working directory, the config file's directory, then the CLI's own install. */
export function pluginSearchDirectories(io: CliIo, config: CliConfig | undefined): string[] {
  const directories = [io.cwd, config?.directory, path.dirname(fileURLToPath(import.meta.url))];
  return [...new Set(directories.filter((directory): directory is string => directory !== undefined))];
}
