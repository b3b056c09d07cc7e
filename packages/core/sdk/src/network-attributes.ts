import type { CoreEventHook } from './core-events.js';
import type { PortAttributeDeclaration, PortCaller, PortFilterEvent, PortIdQuery } from './port-attributes.js';
import type { ServiceContext } from './service-plugin.js';

/**
 * A core network as a plugin's network attribute hooks see it.
 *
 * @public
 */
export interface CoreNetwork {
  /** The network's id. */
  id: string;
  /** The project that owns it. */
  project_id: string;
  /** Its name, as stored. */
  name: string;
  /** Whether every project may create ports on it. */
  shared: boolean;
}

/**
 * One attribute a plugin adds to the core network (`port_security_enabled`, say), declared as a
 * port attribute is; `filter: true` makes `GET /v2.0/networks` filter on it.
 *
 * @public
 */
export type NetworkAttributeDeclaration = PortAttributeDeclaration;

/**
 * Who sent the request that changes the network, as for a port.
 *
 * @public
 */
export type NetworkCaller = PortCaller;

/**
 * A network list filtered on one of the plugin's attributes.
 *
 * @public
 */
export type NetworkFilterEvent = PortFilterEvent;

/**
 * The ids of the matching networks: a query selecting one column of network ids, built on the context's `db`.
 *
 * @public
 */
export type NetworkIdQuery = PortIdQuery;

/**
 * A network was created through `POST /v2.0/networks` (each item of a bulk create too), in the core's transaction.
 *
 * @public
 */
export interface NetworkCreatedEvent {
  /** The network as stored. */
  network: CoreNetwork;
  /** The plugin's attributes the body sent, by name; empty when it sent none (apply your defaults). */
  attributes: ReadonlyMap<string, unknown>;
  /** Who asks; `network.project_id` is the network's project. */
  caller: NetworkCaller;
}

/**
 * A network was updated through `PUT /v2.0/networks/{id}`, in the core's transaction.
 *
 * @public
 */
export interface NetworkUpdatedEvent {
  /** The network as updated. */
  network: CoreNetwork;
  /** Only the plugin's attributes the body sent, by name; empty when it sent none of them. */
  attributes: ReadonlyMap<string, unknown>;
  /** Who asks; `network.project_id` is the network's project. */
  caller: NetworkCaller;
}

/**
 * The plugin's attribute values of each network, by network id; a network left out shows none of them.
 *
 * @public
 */
export type PresentedNetworkAttributes = ReadonlyMap<string, Readonly<Record<string, unknown>>>;

/**
 * Attributes a plugin adds to the core network, and the hooks that store and show them: the same
 * contract as `PortAttributeExtension`. The core refuses to start when a name is a core network
 * attribute or another plugin's.
 *
 * `created` and `updated` run inside the core's transaction: a catalog error they throw
 * (`notFound`, `invalidInput`, `conflict`) reaches the client as it is and nothing is changed;
 * any other error is a 500 naming the plugin.
 *
 * @public
 */
export interface NetworkAttributeExtension<TConfig = Record<string, unknown>> {
  /** The attributes, by name (lower-case letters, digits and underscores). */
  attributes: Readonly<Record<string, NetworkAttributeDeclaration>>;
  /** Stores the sent values (or the defaults when none is sent) of a network just created. */
  created: CoreEventHook<NetworkCreatedEvent, TConfig>;
  /** Stores the sent values of a network just updated; required unless every attribute is `createOnly`. */
  updated?: CoreEventHook<NetworkUpdatedEvent, TConfig>;
  /**
   * The values of these networks, read in one go: called once per response (list, show, create,
   * update, bulk create) with every network it shows, inside the core's transaction when there is one.
   */
  present(networks: readonly CoreNetwork[], context: ServiceContext<TConfig>): Promise<PresentedNetworkAttributes> | PresentedNetworkAttributes;
  /** The networks a list filtered on a `filter: true` attribute keeps; required when one is declared so. */
  filter?(event: NetworkFilterEvent, context: ServiceContext<TConfig>): NetworkIdQuery;
}
