import type { FastifyInstance } from 'fastify';
import type { Database } from '@switchyard/db';
import type { Stability } from '@switchyard/sdk';
import { OPERATIONAL_ROUTE } from '../health/register-health.js';
import type { HostedPlugin } from '../plugins/loaded-plugin.js';
import { createMetrics } from './create-metrics.js';
import { requestLabels } from './request-labels.js';

export const METRICS_PATH = '/metrics';

export interface MetricsInput {
  database: Database;
  plugins: readonly HostedPlugin[];
  coreStability: Stability;
}

/**
 * `GET /metrics` in Prometheus' text format, and the hook that counts every answered request.
 * Registered before any API route, so the root hook reaches the core's and every plugin's routes.
 */
export function registerMetrics(app: FastifyInstance, input: MetricsInput): void {
  const metrics = createMetrics(input.database, input.plugins);
  const servicesByExtension = new Map(input.plugins.map((plugin) => [plugin.plugin.extension.alias, plugin.service]));
  app.addHook('onResponse', async (request, reply) => {
    if ((request.routeOptions.config as { operational?: boolean }).operational) return;
    metrics.observeRequest(requestLabels(request, reply, servicesByExtension, input.coreStability), reply.elapsedTime / 1000);
  });
  app.get(METRICS_PATH, OPERATIONAL_ROUTE, async (_request, reply) => {
    void reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
