import type { FastifyInstance } from 'fastify';
import { type ShutdownTimings, shutdownGracefully } from './shutdown-gracefully.js';

/** Past the drain and the grace period, this much more for the pool to close, then the process goes anyway. */
const LAST_RESORT_MS = 5_000;

/**
 * SIGTERM (an orchestrator, a rolling restart) and SIGINT (Ctrl-C) both shut down gracefully and
 * exit 0 once every request finished; 1 when the grace period had to cut connections. A second
 * signal means "now".
 */
export function closeOnSignals(app: FastifyInstance, timings: ShutdownTimings): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    app.log.info({ signal, ...timings }, 'switchyard-server shutting down');
    setTimeout(() => process.exit(1), timings.drainMs + timings.graceMs + LAST_RESORT_MS).unref();
    shutdownGracefully(app, timings).then(
      (outcome) => {
        if (outcome === 'forced') app.log.error(`requests still open after ${timings.graceMs} ms were cut off`);
        else app.log.info('switchyard-server stopped');
        process.exit(outcome === 'clean' ? 0 : 1);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'switchyard-server did not shut down cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
