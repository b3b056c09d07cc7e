import { Type, attribute } from '@switchyard/sdk';

const USES = {
  rule: 'use it in their own policies',
  policy: 'use it in their own groups',
  group: 'name it as a remote group in their own rules',
} as const;

/** neutron-lib's firewall_v2 `shared`: default false; neutron-fwaas' default policy lets only admins set it. */
export function sharedAttribute(kind: keyof typeof USES) {
  return attribute(
    Type.Boolean({ description: `Whether every project may see the firewall ${kind} and ${USES[kind]}; only admins set it, only its project changes it.` }),
    { create: true, update: true, default: false },
  );
}
