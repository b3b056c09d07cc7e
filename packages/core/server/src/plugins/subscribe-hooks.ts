import type { NetworkAttributeExtension, PortAttributeExtension, ServiceContext, ServicePluginHooks } from '@switchyard/sdk';
import type { CoreEvents, NetworkExtensions, PortExtensions } from '../neutron/index.js';

/**
 * Subscribes a plugin's hooks to core events. A hook gets the plugin's own context with `db` and
 * `core` swapped for the core's transaction, so its writes commit or roll back with the change.
 */
export function subscribeHooks(events: CoreEvents, hooks: ServicePluginHooks | undefined, context: ServiceContext): void {
  const { portDeleted, networkDeleted } = hooks ?? {};
  if (!portDeleted && !networkDeleted) return;
  events.subscribe({
    service: context.service,
    logger: context.logger,
    ...(portDeleted ? { portDeleted: (event, scope) => portDeleted(event, { ...context, ...scope }) } : {}),
    ...(networkDeleted ? { networkDeleted: (event, scope) => networkDeleted(event, { ...context, ...scope }) } : {}),
  });
}

/** Subscribes a plugin's port attribute hooks the same way: `db` and `core` run in the core's transaction. */
export function subscribePortAttributes(extensions: PortExtensions, portAttributes: PortAttributeExtension | undefined, context: ServiceContext): void {
  if (!portAttributes) return;
  const { created, updated, present, filter } = portAttributes;
  extensions.subscribe({
    service: context.service,
    logger: context.logger,
    created: ({ resource, attributes, caller }, scope) => created({ port: resource, attributes, caller }, { ...context, ...scope }),
    ...(updated ? { updated: ({ resource, attributes, caller }, scope) => updated({ port: resource, attributes, caller }, { ...context, ...scope }) } : {}),
    present: (ports, scope) => present(ports, { ...context, ...scope }),
    ...(filter ? { filter: (event) => filter(event, context) } : {}),
  });
}

/** And its network attribute hooks. */
export function subscribeNetworkAttributes(extensions: NetworkExtensions, networkAttributes: NetworkAttributeExtension | undefined, context: ServiceContext): void {
  if (!networkAttributes) return;
  const { created, updated, present, filter } = networkAttributes;
  extensions.subscribe({
    service: context.service,
    logger: context.logger,
    created: ({ resource, attributes, caller }, scope) => created({ network: resource, attributes, caller }, { ...context, ...scope }),
    ...(updated ? { updated: ({ resource, attributes, caller }, scope) => updated({ network: resource, attributes, caller }, { ...context, ...scope }) } : {}),
    present: (networks, scope) => present(networks, { ...context, ...scope }),
    ...(filter ? { filter: (event) => filter(event, context) } : {}),
  });
}
