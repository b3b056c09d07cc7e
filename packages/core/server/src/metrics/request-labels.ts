import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Stability } from '@switchyard/sdk';
import { routeLabelsOf } from '../openapi/route-labels.js';

/** The labels of one request's metrics: names from the route table only, never from the request. */
export interface RequestLabels {
  service: string;
  operation: string;
  stability: Stability;
  status: string;
}

/** A path no route matched; its raw URL would make one series per probe. */
export const UNMATCHED_OPERATION = 'unmatched';

/**
 * Labels a request by the route that served it: `operation` is the method and route pattern
 * (`GET /v2.0/networks/:id`), so ids and query strings never become label values; `service` is
 * the plugin owning the route (found by its extension alias), else `core`.
 */
export function requestLabels(
  request: FastifyRequest,
  reply: FastifyReply,
  servicesByExtension: ReadonlyMap<string, string>,
  coreStability: Stability,
): RequestLabels {
  const pattern = request.routeOptions.url;
  const labels = routeLabelsOf(request.routeOptions);
  const service = labels?.extension === undefined ? undefined : servicesByExtension.get(labels.extension);
  return {
    service: service ?? 'core',
    operation: pattern === undefined ? UNMATCHED_OPERATION : `${request.method} ${pattern}`,
    stability: labels?.stability ?? coreStability,
    status: String(reply.statusCode),
  };
}
