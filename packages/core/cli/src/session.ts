import type { Command } from 'commander';
import type { CliContext } from '@switchyard/sdk';
import { createHttpClient } from './http/http-client.js';
import type { CliIo } from './io.js';
import { createPrinter } from './output/printer.js';
import type { CliConfig } from './settings/cli-config.js';
import { type ConnectionFlags, resolveConnection } from './settings/connection.js';

/** What every command (core or plugin) works with: the plugin context without the labels. */
export type Session = Omit<CliContext, 'service' | 'stability'>;

export interface GlobalOptions extends ConnectionFlags {
  json?: boolean;
}

/**
 * The connection is resolved on first use, after commander has parsed the global options
 * (`--url` and friends may come after the subcommand).
 */
export function createSession(program: Command, io: CliIo, config: CliConfig | undefined, fetchImpl?: typeof fetch): Session {
  const options = () => program.opts<GlobalOptions>();
  const printer = createPrinter(io.stdout, () => options().json === true);
  const request: CliContext['request'] = (method, path, body) =>
    createHttpClient(resolveConnection(options(), io.env, config), fetchImpl)(method, path, body);
  return {
    request,
    print: printer.print,
    note: printer.note,
    async list(path, view) {
      printer.print(await request('GET', path), view);
    },
    async show(path, view) {
      printer.print(await request('GET', path), view);
    },
  };
}
