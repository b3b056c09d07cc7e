import type { CoreNetwork } from './network-attributes.js';
import type { CorePort, ServiceContext } from './service-plugin.js';

/**
 * A core port is being deleted: directly (`DELETE /v2.0/ports/{id}`) or with the router
 * interface that owns it (`PUT /v2.0/routers/{id}/remove_router_interface`).
 *
 * @public
 */
export interface PortDeletedEvent {
  /** The port as the API showed it just before the deletion: id, project, device owner and id, addresses. */
  port: CorePort;
}

/**
 * A core network is being deleted (`DELETE /v2.0/networks/{id}`); it has no ports left.
 *
 * @public
 */
export interface NetworkDeletedEvent {
  /** The network as it was just before the deletion. */
  network: CoreNetwork;
}

/**
 * Something a hook receives to act on: the event, and the plugin's context in which `db` and
 * `core` run inside the core's transaction.
 *
 * @public
 */
export type CoreEventHook<TEvent, TConfig = Record<string, unknown>> = (
  event: TEvent,
  context: ServiceContext<TConfig>,
) => Promise<void> | void;

/**
 * What a plugin wants to hear of core resource lifecycles. Every hook is optional; the core calls
 * it once per resource, inside the database transaction that changes the resource, so the plugin's
 * own writes (through `context.db`) commit or roll back with the core's change.
 *
 * A hook that throws aborts the core's change: a catalog error (`conflict(...)`, ...) reaches the
 * client as it is, any other error becomes a 500 naming the plugin; nothing is changed either way.
 *
 * @public
 */
export interface ServicePluginHooks<TConfig = Record<string, unknown>> {
  /** A core port is being deleted; forget it (bindings, rows that name it). */
  portDeleted?: CoreEventHook<PortDeletedEvent, TConfig>;
  /** A core network is being deleted; forget it (the values of the plugin's network attributes). */
  networkDeleted?: CoreEventHook<NetworkDeletedEvent, TConfig>;
}
