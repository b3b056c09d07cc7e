import type { FastifyInstance } from 'fastify';
import { type ReadinessInput, checkReadiness } from './check-readiness.js';
import { isDraining } from './server-state.js';

/** The paths a load balancer and a scraper reach without credentials (the auth hook lets them through). */
export const HEALTH_PATHS = { live: '/healthz', ready: '/readyz' } as const;

/** Operational routes: outside the Neutron API, so hidden from the OpenAPI document and from request metrics. */
export const OPERATIONAL_ROUTE = { schema: { hide: true }, config: { operational: true } } as const;

/**
 * `GET /healthz`: the process answers (a load balancer's liveness check; true while draining too).
 * `GET /readyz`: the database answers, its migrations are exactly this code's, the plugins are
 * loaded, and the server is not shutting down; otherwise 503 with the reason. While draining,
 * every response also asks the client to close its connection, so none is reused afterwards.
 */
export function registerHealth(app: FastifyInstance, input: Omit<ReadinessInput, 'draining'>): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (isDraining(app)) void reply.header('connection', 'close');
    return payload;
  });
  app.get(HEALTH_PATHS.live, OPERATIONAL_ROUTE, async () => ({ status: 'ok' }));
  app.get(HEALTH_PATHS.ready, OPERATIONAL_ROUTE, async (request, reply) => {
    const readiness = await checkReadiness({ ...input, draining: isDraining(app) });
    if (readiness.ready) return readiness.body;
    if (readiness.cause !== undefined) request.log.warn({ err: readiness.cause }, `not ready: ${readiness.body.reason}`);
    return reply.status(503).send(readiness.body);
  });
}
