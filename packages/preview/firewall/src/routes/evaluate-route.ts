import { type ServicePlugin, type Static, neutronErrorResponses } from '@switchyard/sdk';
import { evaluateBody, evaluateResponse } from '../resources/evaluation.js';
import { evaluatePacket } from '../service/evaluate-service.js';
import type { FirewallServices } from '../service/service-context.js';

type FirewallApp = Parameters<ServicePlugin['routes']>[0];

// Fastify ignores tags and summary; the OpenAPI document shows them.
const schema = {
  tags: ['fwaas'],
  summary: 'Evaluate a packet against the firewall of a port',
  body: evaluateBody,
  response: { ...neutronErrorResponses, 200: evaluateResponse },
};

/** `POST /v2.0/fwaas/evaluate`: what would the firewall do with this packet on this port? */
export function registerEvaluateRoute(app: FirewallApp, services: FirewallServices): void {
  app.post<{ Body: Static<typeof evaluateBody> }>('/v2.0/fwaas/evaluate', {
    schema,
    handler: async (request) => ({ evaluation: await evaluatePacket(services, request.auth, request.body.packet) }),
  });
}
