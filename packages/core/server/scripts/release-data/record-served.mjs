/** Every collection a fixture records: who owns it (core or a plugin's service) and the envelope keys of its list and show answers. */
export const CORE_COLLECTIONS = [
  { owner: 'core', path: '/v2.0/networks', collection: 'networks', resource: 'network' },
  { owner: 'core', path: '/v2.0/subnets', collection: 'subnets', resource: 'subnet' },
  { owner: 'core', path: '/v2.0/ports', collection: 'ports', resource: 'port' },
  { owner: 'core', path: '/v2.0/routers', collection: 'routers', resource: 'router' },
];

export const FIREWALL_COLLECTIONS = [
  { owner: 'firewall', path: '/v2.0/fwaas/firewall_rules', collection: 'firewall_rules', resource: 'firewall_rule' },
  { owner: 'firewall', path: '/v2.0/fwaas/firewall_policies', collection: 'firewall_policies', resource: 'firewall_policy' },
  { owner: 'firewall', path: '/v2.0/fwaas/firewall_groups', collection: 'firewall_groups', resource: 'firewall_group' },
];

/**
 * What the API serves, read as an admin (who sees every project): each collection's list, each
 * item checked against its own show answer so the fixture never records a list-only view.
 */
export async function recordServed(admin, collections) {
  const recorded = [];
  for (const spec of collections) {
    const items = (await admin.get(spec.path))[spec.collection];
    for (const item of items) {
      const shown = (await admin.get(`${spec.path}/${item.id}`))[spec.resource];
      if (JSON.stringify(shown) !== JSON.stringify(item)) throw new Error(`${spec.path}/${item.id} shows ${JSON.stringify(shown)} but the list has ${JSON.stringify(item)}`);
    }
    recorded.push({ ...spec, items: [...items].sort((left, right) => left.id.localeCompare(right.id)) });
  }
  return recorded;
}
