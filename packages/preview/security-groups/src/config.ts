import { type Static, Type } from '@switchyard/sdk';

/** `[plugins.security-groups]` in switchyard.toml; the host checks the section against this and fills the default in. */
export const securityGroupsConfigSchema = Type.Object(
  {
    max_items_per_project: Type.Integer({
      minimum: 1,
      maximum: 100000,
      default: 1000,
      description: 'Most security_groups_items one project may hold (creating one more is refused with 409).',
    }),
  },
  { additionalProperties: false },
);

export type SecurityGroupsConfig = Static<typeof securityGroupsConfigSchema>;
