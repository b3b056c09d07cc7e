import type { SelectQueryBuilder } from 'kysely';
import type { CoreEventHook } from './core-events.js';
import type { CorePort, JsonSchema, ServiceContext } from './service-plugin.js';

/**
 * One attribute a plugin adds to the core port (`security_groups`, say), as Neutron's ML2 extension
 * drivers do: the core accepts it in create and update bodies and documents it in its OpenAPI document.
 *
 * @public
 */
export interface PortAttributeDeclaration {
  /** JSON schema of the value, as a request sends it and the port shows it (`{ type: 'array', items: { type: 'string' } }`). */
  schema: JsonSchema;
  /** What it means, for the OpenAPI document. */
  description: string;
  /** Only a create may set it; an update that sends it is a 400 naming it as read-only. Default false. */
  createOnly?: boolean;
  /**
   * A port list may filter on it (`GET /v2.0/ports?security_groups=<id>`, repeated for any of
   * several values); the extension's `filter` hook says which ports match. Default false.
   */
  filter?: boolean;
}

/**
 * A port list filtered on one of the plugin's attributes, such as `?security_groups=<id>`.
 *
 * @public
 */
export interface PortFilterEvent {
  /** The attribute, one the plugin declares with `filter: true`. */
  attribute: string;
  /** The values asked for; a port matches when its attribute holds any of them. */
  values: readonly string[];
}

/**
 * The ids of the matching ports: a query selecting one column of port ids, built on the
 * context's `db`. The core narrows its list to them in the same statement, and still shows only
 * the ports the caller may see.
 *
 * @public
 */
// The query is over the plugin's own tables, which the core cannot know.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PortIdQuery = SelectQueryBuilder<any, any, any>;

/**
 * Who sent the request that changes the port, so the plugin may refuse what the caller may not
 * use (another project's resource is a 404).
 *
 * @public
 */
export interface PortCaller {
  /** The caller's project (an admin's own, even when it creates the port for another project). */
  projectId: string;
  /** Admins may use every project's resources. */
  isAdmin: boolean;
}

/**
 * A port was created through `POST /v2.0/ports` (each item of a bulk create too), in the core's transaction.
 *
 * @public
 */
export interface PortCreatedEvent {
  /** The port as stored, addresses included. */
  port: CorePort;
  /** The plugin's attributes the body sent, by name; empty when it sent none (apply your defaults). */
  attributes: ReadonlyMap<string, unknown>;
  /** Who asks; `port.project_id` is the port's project. */
  caller: PortCaller;
}

/**
 * A port was updated through `PUT /v2.0/ports/{id}`, in the core's transaction.
 *
 * @public
 */
export interface PortUpdatedEvent {
  /** The port as updated. */
  port: CorePort;
  /** Only the plugin's attributes the body sent, by name; empty when it sent none of them. */
  attributes: ReadonlyMap<string, unknown>;
  /** Who asks; `port.project_id` is the port's project. */
  caller: PortCaller;
}

/**
 * The plugin's attribute values of each port, by port id; a port left out shows none of them.
 *
 * @public
 */
export type PresentedPortAttributes = ReadonlyMap<string, Readonly<Record<string, unknown>>>;

/**
 * Attributes a plugin adds to the core port, and the hooks that store and show them. The core
 * refuses to start when a name is a core port attribute or another plugin's.
 *
 * `created` and `updated` run inside the core's transaction, like `hooks.portDeleted`: a catalog
 * error they throw (`notFound`, `invalidInput`, `conflict`) reaches the client as it is and
 * nothing is changed; any other error is a 500 naming the plugin.
 *
 * @public
 */
export interface PortAttributeExtension<TConfig = Record<string, unknown>> {
  /** The attributes, by name (lower-case letters, digits and underscores). */
  attributes: Readonly<Record<string, PortAttributeDeclaration>>;
  /** Stores the sent values (or the defaults when none is sent) of a port just created. */
  created: CoreEventHook<PortCreatedEvent, TConfig>;
  /** Stores the sent values of a port just updated; required unless every attribute is `createOnly`. */
  updated?: CoreEventHook<PortUpdatedEvent, TConfig>;
  /**
   * The values of these ports, read in one go: called once per response (list, show, create,
   * update, bulk create) with every port it shows, inside the core's transaction when there is one.
   */
  present(ports: readonly CorePort[], context: ServiceContext<TConfig>): Promise<PresentedPortAttributes> | PresentedPortAttributes;
  /** The ports a list filtered on a `filter: true` attribute keeps; required when one is declared so. */
  filter?(event: PortFilterEvent, context: ServiceContext<TConfig>): PortIdQuery;
}
