#!/usr/bin/env node
import { USAGE, parseServerArguments } from './config/arguments.js';
import { loadConfig } from './config/load-config.js';
import { readServerPackage } from './discovery/server-package.js';
import type { RunningServer } from './start-server.js';

/** How long a graceful shutdown may take before the process gives up on open connections. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

async function main(argv: readonly string[]): Promise<void> {
  const args = parseServerArguments(argv);
  if (args.help || args.version) {
    process.stdout.write(args.help ? USAGE : `${readServerPackage().version}\n`);
    return;
  }
  const config = loadConfig({ argv, env: process.env, cwd: process.cwd() });
  if (args.listMigrations) {
    const { formatMigrationHistory, readMigrationHistory } = await import('./migration-history.js');
    const { explainDatabaseError } = await import('./config/explain-database-error.js');
    const history = await readMigrationHistory(config).catch((error: unknown) => {
      throw explainDatabaseError(error, config);
    });
    process.stdout.write(formatMigrationHistory(history));
    return;
  }
  // Loaded only now, so --help, --version and config refusals answer without loading Fastify.
  const { startServer } = await import('./start-server.js');
  // pino writes JSON lines to stdout; log shippers and `jq` read them as they are.
  const server = await startServer({ config, logger: { level: config.server.logLevel ?? 'info' } });
  closeOnSignals(server);
}

function closeOnSignals(server: RunningServer): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    // A second Ctrl-C means "now": skip the wait for open connections.
    if (closing) process.exit(1);
    closing = true;
    server.app.log.info({ signal }, 'switchyard-server shutting down');
    setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS).unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'switchyard-server did not shut down cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** The one place start-up errors are reported: one line, no stack trace unless `--debug`. */
function reportStartupError(error: unknown, argv: readonly string[]): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`switchyard-server: ${message.replaceAll('\n', ' ')}\n`);
  if (argv.includes('--debug') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
}

const argv = process.argv.slice(2);
main(argv).catch((error: unknown) => reportStartupError(error, argv));
