import type { NetworkAttributeExtension, PortAttributeExtension, PortFilterEvent, PortIdQuery, ServiceContext, ServicePluginHooks } from '@switchyard/sdk';
import type { CoreEvents, NetworkExtensions, PortExtensions } from '../neutron/index.js';
import type { AttributeChange, AttributeExtensions } from '../neutron/shared/attribute-extensions.js';

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

/** A plugin's attribute hooks of one core resource, as `portAttributes` and `networkAttributes` declare them. */
interface AttributeHooks<TResource, TEvent> {
  created: (event: TEvent, context: ServiceContext) => Promise<void> | void;
  updated?: (event: TEvent, context: ServiceContext) => Promise<void> | void;
  present: (resources: readonly TResource[], context: ServiceContext) => Promise<ReadonlyMap<string, Readonly<Record<string, unknown>>>> | ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  filter?: (event: PortFilterEvent, context: ServiceContext) => PortIdQuery;
}

/** Subscribes a plugin's port attribute hooks the same way: `db` and `core` run in the core's transaction. */
export function subscribePortAttributes(extensions: PortExtensions, portAttributes: PortAttributeExtension | undefined, context: ServiceContext): void {
  subscribeAttributes(extensions, portAttributes, context, ({ resource, attributes, caller }) => ({ port: resource, attributes, caller }));
}

/** And its network attribute hooks. */
export function subscribeNetworkAttributes(extensions: NetworkExtensions, networkAttributes: NetworkAttributeExtension | undefined, context: ServiceContext): void {
  subscribeAttributes(extensions, networkAttributes, context, ({ resource, attributes, caller }) => ({ network: resource, attributes, caller }));
}

/** The hooks bound to the plugin's context, each change handed over as the plugin's event of that resource. */
function subscribeAttributes<TResource extends { id: string }, TEvent>(
  extensions: AttributeExtensions<TResource>,
  hooks: AttributeHooks<TResource, TEvent> | undefined,
  context: ServiceContext,
  eventOf: (change: AttributeChange<TResource>) => TEvent,
): void {
  if (!hooks) return;
  const { created, updated, present, filter } = hooks;
  extensions.subscribe({
    service: context.service,
    logger: context.logger,
    created: (change, scope) => created(eventOf(change), { ...context, ...scope }),
    ...(updated ? { updated: (change, scope) => updated(eventOf(change), { ...context, ...scope }) } : {}),
    present: (resources, scope) => present(resources, { ...context, ...scope }),
    ...(filter ? { filter: (event) => filter(event, context) } : {}),
  });
}
