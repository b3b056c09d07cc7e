import type { FastifyInstance } from 'fastify';
import { invalidInput } from '@switchyard/sdk';
import { COMPUTED_RULE_ATTRIBUTES, ruleResource } from '../resources/security-group-rule.js';

/**
 * Before validation, which would only call them unrecognized: a create that sends an attribute
 * the server computes is told so (Neutron: "Attribute ... not allowed in POST").
 */
export function refuseComputedRuleAttributes(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.method !== 'POST' || request.routeOptions.url !== ruleResource.declaration.path) return;
    const body = request.body as { security_group_rule?: unknown; security_group_rules?: unknown } | undefined;
    const items = Array.isArray(body?.security_group_rules) ? body.security_group_rules : [body?.security_group_rule];
    for (const item of items) {
      if (typeof item !== 'object' || item === null) continue;
      const sent = COMPUTED_RULE_ATTRIBUTES.find((name) => Object.hasOwn(item, name));
      if (sent !== undefined) {
        throw invalidInput(`Attribute '${sent}' not allowed in POST: the server computes it (${COMPUTED_RULE_HOW[sent]}); leave it out.`);
      }
    }
  });
}

const COMPUTED_RULE_HOW: Record<(typeof COMPUTED_RULE_ATTRIBUTES)[number], string> = {
  normalized_cidr: 'the network of remote_ip_prefix',
  belongs_to_default_sg: "whether security_group_id is its project's default group",
};
