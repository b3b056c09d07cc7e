import type { JsonSchema } from '@switchyard/sdk';

/**
 * `[plugins.firewall]` in switchyard.toml.
 *
 * @beta
 */
export interface FirewallConfig {
  /** Most rules one policy may hold; a longer policy is refused with a 409. */
  max_rules_per_policy: number;
}

export const DEFAULT_MAX_RULES_PER_POLICY = 100;

export const firewallConfigSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    max_rules_per_policy: {
      type: 'integer',
      minimum: 1,
      maximum: 10000,
      default: DEFAULT_MAX_RULES_PER_POLICY,
      description: 'Most rules a firewall policy may hold (creating, updating or insert_rule past it is refused with 409).',
    },
  },
};

/** The host validates the section and fills defaults from the schema; this keeps the plugin safe if handed a bare object. */
export function resolveConfig(config: Record<string, unknown> | undefined): FirewallConfig {
  const limit = config?.max_rules_per_policy;
  return { max_rules_per_policy: typeof limit === 'number' ? limit : DEFAULT_MAX_RULES_PER_POLICY };
}
