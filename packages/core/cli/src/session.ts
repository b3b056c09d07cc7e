import type { Command } from 'commander';
import type { CliContext, CliHttpMethod } from '@switchyard/sdk';
import { createSwitchyardClient } from '@switchyard/client';
import { toCliError } from './client-errors.js';
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
  const request: CliContext['request'] = async <T>(method: CliHttpMethod, path: string, body?: unknown) => {
    const client = createSwitchyardClient({ ...resolveConnection(options(), io.env, config), fetch: fetchImpl });
    try {
      return await client.request<T>(method, path, body);
    } catch (error) {
      throw toCliError(error);
    }
  };
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
