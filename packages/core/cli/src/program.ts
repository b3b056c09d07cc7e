import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { CliIo } from './io.js';
import { SILENCE_ENV } from './plugins/preview.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The root command with the global options; commands are added by the core and the plugins. */
export function createProgram(io: CliIo): Command {
  return new Command('switchyard')
    .description('Manage the networks, subnets, ports, routers and service resources of a Switchyard server.')
    .version(packageJson.version, '-V, --version', 'Print the CLI version')
    .option('--url <url>', 'Server URL (env SWITCHYARD_URL; else [server] of the config file; else http://127.0.0.1:9696)')
    .option('--project <id>', 'Project to act for, sent as X-Project-Id (noauth servers; env SWITCHYARD_PROJECT)')
    .option('--token <token>', 'Token sent as X-Auth-Token (token auth; env SWITCHYARD_TOKEN)')
    .option('--config <file>', 'Config file to read [server] and service_plugins from (default ./switchyard.toml)')
    .option('--json', "Print the server's JSON instead of tables")
    .option('--no-preview-warning', `Do not print the notice when a preview command runs (env ${SILENCE_ENV}=1)`)
    .option('--debug', 'Print stack traces of errors')
    .configureHelp({ showGlobalOptions: true, sortSubcommands: true })
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(oneLine(text)),
    })
    .exitOverride();
}

/** Commander's "error: unknown command 'x'\n(Did you mean y?)" as one `switchyard:` line. */
function oneLine(text: string): string {
  const message = text.replace(/^error: /, '').trim().split('\n').join(' ');
  return `switchyard: ${message}\n`;
}
