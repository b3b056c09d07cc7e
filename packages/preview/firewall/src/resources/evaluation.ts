import { type Static, Type, enumOf, nullable } from '@switchyard/sdk';
import { RULE_ACTIONS, RULE_PROTOCOLS } from './firewall-rule.js';

const transportPort = Type.Integer({ minimum: 0, maximum: 65535 });
const address = Type.String({ minLength: 1, maxLength: 64 });

/** `POST /v2.0/fwaas/evaluate`, a question about a port rather than a resource: one packet crossing it. */
export const evaluateBody = Type.Object(
  {
    packet: Type.Object(
      {
        port_id: Type.String({ minLength: 1, maxLength: 255 }),
        direction: enumOf(['ingress', 'egress'], { description: 'ingress: towards the subnet behind the router port.' }),
        protocol: enumOf(RULE_PROTOCOLS),
        source_ip_address: address,
        destination_ip_address: address,
        source_port: Type.Optional(transportPort),
        destination_port: Type.Optional(transportPort),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type EvaluationRequest = Static<typeof evaluateBody>['packet'];

export const evaluation = Type.Object({
  port_id: Type.String(),
  direction: Type.String(),
  verdict: enumOf(RULE_ACTIONS),
  filtered: Type.Boolean(),
  reason: Type.String(),
  message: Type.String(),
  firewall_group_id: nullable(Type.String()),
  firewall_policy_id: nullable(Type.String()),
  firewall_rule_id: nullable(Type.String()),
});
/** What the firewall does with the packet, and why. */
export type Evaluation = Static<typeof evaluation>;

export const evaluateResponse = Type.Object({ evaluation });
