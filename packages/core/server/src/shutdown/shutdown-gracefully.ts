import type { FastifyInstance } from 'fastify';
import { markDraining } from '../health/server-state.js';

/** @public */
export interface ShutdownTimings {
  /** How long `/readyz` answers 503 while requests are still served ([server] drain_seconds). */
  drainMs: number;
  /** How long requests in flight may take once the listener closed ([server] shutdown_grace_seconds). */
  graceMs: number;
}

/** `clean`: every request finished in time; `forced`: the grace period ran out and connections were cut. */
export type ShutdownOutcome = 'clean' | 'forced';

/**
 * The shutdown contract a load balancer relies on: `/readyz` turns 503 at once while the server
 * still answers (so health checks see it go), then the listener closes, requests in flight
 * finish within the grace period, and `app.close()` closes the database pool last. Connections
 * still open when the grace period ends are destroyed, so the pool still closes.
 */
export async function shutdownGracefully(app: FastifyInstance, timings: ShutdownTimings): Promise<ShutdownOutcome> {
  markDraining(app);
  if (timings.drainMs > 0) await delay(timings.drainMs);
  const closed = app.close().then(() => 'clean' as const);
  const outcome = await Promise.race([closed, delay(timings.graceMs).then(() => 'forced' as const)]);
  if (outcome === 'forced') {
    app.server.closeAllConnections();
    await closed;
  }
  return outcome;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
