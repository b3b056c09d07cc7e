import type { Command } from 'commander';
import { readStabilityMetadata, stabilityLabel } from '@switchyard/sdk';
import { inputError } from '../errors.js';
import { PLUGIN_SCOPE, type InstalledPackage } from './resolve-package.js';
import { CLI_SUBPATH } from './discover-cli-plugins.js';

/** The command a plugin's commands would live under: the service for `@switchyard/<service>`, else the package name. */
export function commandNameOf(packageName: string): string {
  return packageName.startsWith(`${PLUGIN_SCOPE}/`) ? packageName.slice(PLUGIN_SCOPE.length + 1) : packageName;
}

/**
 * Names an installed service plugin that contributes no commands: `switchyard --help` lists it
 * as such (labelled from its package's stability), `switchyard <service> --help` says so, and any
 * `switchyard <service> ...` command fails saying so, instead of falling back to the top-level help.
 * A name the core or another plugin already uses is left to it.
 */
export function registerPluginWithoutCommands(program: Command, found: InstalledPackage): void {
  const name = commandNameOf(found.name);
  if (program.commands.some((command) => command.name() === name || command.aliases().includes(name))) return;
  const { stability } = readStabilityMetadata(found.packageJson, `${found.name} (${found.directory}/package.json)`);
  const label = stabilityLabel(stability);
  const message = `the ${name} plugin has no CLI commands: ${found.name} has no "${CLI_SUBPATH}" export; use its HTTP API`;
  program
    .command(name)
    .description(`${label === '' ? '' : `${label} `}no CLI commands`)
    // `switchyard <name> --help` and `switchyard help <name>` print the one sentence that matters.
    .configureHelp({ formatHelp: () => `${message}\n` })
    // Whatever follows (`list`, `show x --name y`) reaches the action, which refuses it; no
    // declared argument, so the help listing shows the bare name.
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw inputError(message);
    });
}
