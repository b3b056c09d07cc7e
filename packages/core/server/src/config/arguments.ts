import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

/**
 * The command line of `switchyard-server`, parsed; overrides are still raw text here.
 *
 * @public
 */
export interface ServerArguments {
  config?: string;
  host?: string;
  port?: string;
  databaseUrl?: string;
  logLevel?: string;
  help: boolean;
  version: boolean;
  debug: boolean;
  listMigrations: boolean;
}

const OPTIONS = {
  config: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  'database-url': { type: 'string' },
  'log-level': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  debug: { type: 'boolean' },
  'list-migrations': { type: 'boolean' },
} as const;

/** @public */
export const USAGE = `Usage: switchyard-server [options]

Runs the Switchyard control plane: a Neutron v2.0 compatible API plus the service plugins
listed in switchyard.toml.

Options:
  --config <file>        Config file (default: ./switchyard.toml when it exists)
  --host <host>          Address to listen on (default: 127.0.0.1)
  --port <port>          Port to listen on, 1-65535 (default: 9696)
  --database-url <url>   sqlite:<file> (relative to the current directory), sqlite::memory:
                         or postgres://user:password@host:port/database
                         (default: sqlite:.switchyard/switchyard.db, next to the config file)
  --log-level <level>    fatal, error, warn, info (default), debug, trace or silent
  --list-migrations      Print the migration history of the database (owner, migration,
                         stability when applied, time) and exit, without serving
  --debug                Print stack traces of start-up errors
  -h, --help             Show this help
  -v, --version          Show the version

Environment (flags win over the environment, which wins over the config file):
  SWITCHYARD_CONFIG        like --config
  SWITCHYARD_HOST          like --host
  SWITCHYARD_PORT          like --port
  SWITCHYARD_DATABASE_URL  like --database-url
  SWITCHYARD_LOG_LEVEL     like --log-level
`;

/** @public */
export function parseServerArguments(argv: readonly string[]): ServerArguments {
  const { values } = parseStrict(argv);
  return {
    config: values.config,
    host: values.host,
    port: values.port,
    databaseUrl: values['database-url'],
    logLevel: values['log-level'],
    help: values.help ?? false,
    version: values.version ?? false,
    debug: values.debug ?? false,
    listMigrations: values['list-migrations'] ?? false,
  };
}

function parseStrict(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false });
  } catch (error) {
    // Node's messages are precise but long; keep the first sentence and point at --help.
    const reason = (error as Error).message.split('. ')[0].replace(/\.$/, '');
    throw new UsageError(`${reason}; run "switchyard-server --help" for the options`, { cause: error });
  }
}
