/**
 * One resource a quota counts, by the name `[quotas]` and `/v2.0/quotas` use (`network`,
 * `security_group`): the core's, and those the loaded plugins declare on their kit resources.
 */
export interface CountedResource {
  resource: string;
  /** The table holding one row per resource, with a `project_id` column. */
  table: string;
  /** The limit when `[quotas]` leaves the resource out (Neutron's default). */
  default: number;
  /** The service plugin that declares it; undefined for the core's. */
  service?: string;
}

/** The core resources a quota counts, with their tables. */
const CORE_QUOTA_TABLES: ReadonlyMap<string, string> = new Map([
  ['network', 'networks'],
  ['subnet', 'subnets'],
  ['port', 'ports'],
  ['router', 'routers'],
]);

/** The core's counted resources, with the defaults `[quotas]`'s schema gives them. */
export function coreCountedResources(defaults: Readonly<Record<string, number>>): CountedResource[] {
  return [...CORE_QUOTA_TABLES].map(([resource, table]) => ({ resource, table, default: defaults[resource] }));
}

/** The limits of one project, by resource; -1 is no limit. */
export type QuotaSet = Map<string, number>;

/** `[quotas]` as the server was configured, for every counted resource (a Map: the keys come from a file). */
export function defaultQuotas(configured: Readonly<Record<string, number>> | undefined, counted: readonly CountedResource[]): QuotaSet {
  const defaults: QuotaSet = new Map();
  for (const { resource, default: fallback } of counted) {
    defaults.set(resource, configured !== undefined && Object.hasOwn(configured, resource) ? configured[resource] : fallback);
  }
  return defaults;
}

/** `{"network": 100, ...}` as Neutron answers a quota set. */
export function quotaBody(quotas: QuotaSet): Record<string, number> {
  return Object.fromEntries(quotas);
}

/** What the server counts and limits: every counted resource and its default limit. */
export interface ServerQuotas {
  counted: readonly CountedResource[];
  defaults: QuotaSet;
}

/** The counted resources (the core's, then the plugins') with `[quotas]` applied. */
export function serverQuotas(configured: Readonly<Record<string, number>> | undefined, counted: readonly CountedResource[]): ServerQuotas {
  return { counted, defaults: defaultQuotas(configured, counted) };
}
