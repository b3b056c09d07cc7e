import type { FastifyBaseLogger, FastifyPluginAsync } from 'fastify';
import type { Kysely, Migration } from 'kysely';
import { checkHooks } from './check-hooks.js';
import { checkResourceAttributes } from './check-resource-attributes.js';
import type { ServicePluginHooks } from './core-events.js';
import type { NetworkAttributeExtension } from './network-attributes.js';
import type { PortAttributeExtension } from './port-attributes.js';
import type { Stability } from './stability.js';

/**
 * A JSON schema (draft 7, as Fastify's Ajv reads it).
 *
 * @public
 */
export type JsonSchema = Record<string, unknown>;

/**
 * What the stable core lends a plugin: read access to core resources, scoped by the caller.
 *
 * @public
 */
export interface CoreResources {
  /** A port as the API shows it, or undefined when it does not exist. */
  findPort(portId: string): Promise<CorePort | undefined>;
  /** A router as the API shows it, or undefined when it does not exist. */
  findRouter(routerId: string): Promise<CoreRouter | undefined>;
  /**
   * `findPort` inside the plugin's own transaction (`transaction`, from `context.db.transaction()`),
   * holding the port until that transaction ends: a concurrent deletion of the port waits for it,
   * and the port's `portDeleted` hook then sees what the plugin wrote. Read a port this way before
   * storing rows about it (a binding), so they never outlive it. Undefined when the port is gone.
   */
  // The transaction is the plugin's, over tables the core cannot know.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  lockPort(transaction: Kysely<any>, portId: string): Promise<CorePort | undefined>;
}

/** @public */
export interface CorePort {
  id: string;
  project_id: string;
  network_id: string;
  device_id: string;
  device_owner: string;
  /**
   * The port's MAC address, lower case. The server sets it on every port it hands a plugin;
   * optional so that ports written by hand (a plugin's tests) stay valid, as before it was declared.
   */
  mac_address?: string;
  fixed_ips: Array<{ subnet_id: string; ip_address: string }>;
}

/** @public */
export interface CoreRouter {
  id: string;
  project_id: string;
  name: string;
}

/**
 * Everything a plugin's routes receive when the host registers them.
 *
 * @public
 */
export interface ServiceContext<TConfig = Record<string, unknown>> {
  /** The plugin's service name, as written in `service_plugins`. */
  service: string;
  stability: Stability;
  // Plugins own their tables; the core cannot know their shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  /** The plugin's own config section (`[plugins.<service>]`), validated against `configSchema`. */
  config: TConfig;
  /** A child logger: every line names the service and its stability. */
  logger: FastifyBaseLogger;
  core: CoreResources;
}

/**
 * One collection the plugin exposes, listed in API discovery.
 *
 * @public
 */
export interface ApiResource {
  /** Singular name, as in `{"firewall_group": {...}}`. */
  resource: string;
  /** Plural name, as in `{"firewall_groups": [...]}`. */
  collection: string;
  /** Path of the collection, such as `/v2.0/fwaas/firewall_groups`. */
  path: string;
  /** Set when the host's quotas count the resource (`[quotas] <resource>`, `/v2.0/quotas`). */
  quota?: ResourceQuota;
}

/**
 * How the host's quotas count a resource: each project's rows of `table`, up to a limit that is
 * `default` unless `[quotas]` or an admin (`PUT /v2.0/quotas/<project_id>`) says otherwise.
 *
 * @public
 */
export interface ResourceQuota {
  /** Neutron's default limit per project (its `quota_<resource>` option); -1 for no limit. */
  default: number;
  /** The table holding one row per resource, with a `project_id` column. */
  table: string;
}

/**
 * Shown in `/v2.0/extensions` the way Neutron describes its extensions.
 *
 * @public
 */
export interface ApiExtension {
  alias: string;
  name: string;
  description: string;
  /** ISO timestamp of the extension's last change. */
  updated: string;
}

/** @public */
export interface ServicePluginDefinition<TConfig = Record<string, unknown>> {
  /** Service name used in `service_plugins` and `[preview] enabled`; lower-case, dashes allowed. */
  name: string;
  description: string;
  extension: ApiExtension;
  /**
   * Further Neutron extensions the plugin implements, whose aliases clients check (a security
   * groups plugin's `port-security`, `stateful-security-group`); listed in `/v2.0/extensions`
   * after `extension`, with the plugin's stability.
   */
  additionalExtensions?: readonly ApiExtension[];
  resources: readonly ApiResource[];
  /** The plugin's routes; registered in their own encapsulated Fastify context. */
  routes: FastifyPluginAsync<{ context: ServiceContext<TConfig> }>;
  /** Migrations, applied in name order; a name, once released, never changes. */
  migrations: Record<string, Migration>;
  /** Schema of the plugin's config section; defaults fill in missing keys. */
  configSchema?: JsonSchema;
  /** Core resource lifecycle events the plugin handles, inside the core's transaction (see `ServicePluginHooks`). */
  hooks?: ServicePluginHooks<TConfig>;
  /** Attributes the plugin adds to the core port, with the hooks that store and show them (see `PortAttributeExtension`). */
  portAttributes?: PortAttributeExtension<TConfig>;
  /** Attributes the plugin adds to the core network, with the hooks that store and show them (see `NetworkAttributeExtension`). */
  networkAttributes?: NetworkAttributeExtension<TConfig>;
}

/** @public */
export interface ServicePlugin<TConfig = Record<string, unknown>> extends ServicePluginDefinition<TConfig> {
  readonly kind: 'switchyard-service-plugin';
}

const SERVICE_NAME = /^[a-z][a-z0-9-]{1,38}[a-z0-9]$/;

/**
 * Declares a service plugin; a package's default export should be the result.
 *
 * @public
 */
export function defineServicePlugin<TConfig = Record<string, unknown>>(
  definition: ServicePluginDefinition<TConfig>,
): ServicePlugin<TConfig> {
  if (!SERVICE_NAME.test(definition.name)) {
    throw new TypeError(
      `Service plugin name ${JSON.stringify(definition.name)} is not valid: use 3-40 lower-case letters, digits and dashes, starting with a letter.`,
    );
  }
  checkHooks(definition.name, definition.hooks);
  checkResourceAttributes(definition.name, { key: 'portAttributes', collection: 'ports' }, definition.portAttributes);
  checkResourceAttributes(definition.name, { key: 'networkAttributes', collection: 'networks' }, definition.networkAttributes);
  return { ...definition, kind: 'switchyard-service-plugin' };
}

/** @public */
export function isServicePlugin(value: unknown): value is ServicePlugin {
  return (value as { kind?: unknown } | null)?.kind === 'switchyard-service-plugin';
}
