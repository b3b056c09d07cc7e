#!/usr/bin/env node
import { USAGE, parseServerArguments } from './config/arguments.js';
import { loadConfig } from './config/load-config.js';
import { readServerPackage } from './discovery/server-package.js';

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
  const { closeOnSignals } = await import('./shutdown/close-on-signals.js');
  // pino writes JSON lines to stdout; log shippers and `jq` read them as they are.
  const server = await startServer({ config, logger: { level: config.server.logLevel ?? 'info' } });
  closeOnSignals(server.app, {
    drainMs: (config.server.drainSeconds ?? 0) * 1000,
    graceMs: (config.server.shutdownGraceSeconds ?? 10) * 1000,
  });
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
