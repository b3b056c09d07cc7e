import { registerCoreCommands } from './commands/core-commands.js';
import { registerConfigCommands } from './config/config-command.js';
import { type CliIo, processIo } from './io.js';
import { type PluginOptions, loadPluginCommands } from './plugins/load-plugin-commands.js';
import { createProgram } from './program.js';
import { reportError } from './report-error.js';
import { createSession } from './session.js';
import { readCliConfig } from './settings/cli-config.js';
import { hasFlag, peekOption } from './settings/peek-option.js';

/** @public */
export interface RunOptions extends PluginOptions {
  /** Replaces the global fetch (tests). */
  fetch?: typeof fetch;
}

/**
 * Runs one command line (`argv` without node and the script) and resolves to the exit code;
 * it never exits the process and never throws.
 *
 * @public
 */
export async function run(argv: readonly string[], io: CliIo = processIo(), options: RunOptions = {}): Promise<number> {
  const debug = hasFlag(argv, '--debug');
  try {
    // The config names plugins, and plugins add commands: it is read before commander parses.
    const config = readCliConfig(io.cwd, peekOption(argv, '--config'));
    const program = createProgram(io);
    const session = createSession(program, io, config, options.fetch);
    registerCoreCommands(program, session);
    registerConfigCommands(program, io, config, options);
    await loadPluginCommands(program, session, io, config, options);
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return reportError(error, io, debug);
  }
}
