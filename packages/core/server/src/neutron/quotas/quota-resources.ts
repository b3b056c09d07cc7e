/** The core resources a quota counts, by the name `[quotas]` and `/v2.0/quotas` use, with their tables. */
export const QUOTA_TABLES: ReadonlyMap<string, string> = new Map([
  ['network', 'networks'],
  ['subnet', 'subnets'],
  ['port', 'ports'],
  ['router', 'routers'],
]);

/** The limits of one project, by resource; -1 is no limit. */
export type QuotaSet = Map<string, number>;

/** `[quotas]` as the server was configured, for every counted resource (a Map: the keys come from a file). */
export function defaultQuotas(configured: Readonly<Record<string, number>> | undefined, fallback: Readonly<Record<string, number>>): QuotaSet {
  const defaults: QuotaSet = new Map();
  for (const resource of QUOTA_TABLES.keys()) {
    const value = configured !== undefined && Object.hasOwn(configured, resource) ? configured[resource] : fallback[resource];
    defaults.set(resource, value);
  }
  return defaults;
}

/** `{"network": 100, ...}` as Neutron answers a quota set. */
export function quotaBody(quotas: QuotaSet): Record<string, number> {
  return Object.fromEntries(quotas);
}
