import { type EvaluationRequest, evaluatePacket } from '../service/evaluate-service.js';
import type { FirewallServices } from '../service/service-context.js';
import { evaluateBody, evaluateResponses } from './evaluate-schemas.js';
import { FWAAS_PREFIX, type FirewallApp } from './route-types.js';
import { routeSchema } from './route-schema.js';

const tags = ['fwaas'];

/** `POST /v2.0/fwaas/evaluate`: what would the firewall do with this packet on this port? */
export function registerEvaluateRoutes(app: FirewallApp, services: FirewallServices): void {
  app.post<{ Body: { packet: EvaluationRequest } }>(
    `${FWAAS_PREFIX}/evaluate`,
    { schema: routeSchema(tags, 'Evaluate a packet against the firewall of a port', { body: evaluateBody, response: evaluateResponses }) },
    async (request) => ({ evaluation: await evaluatePacket(services, request, request.body.packet) }),
  );
}
