import type { PortAttributeExtension, ServiceContext, ServicePluginHooks } from '@switchyard/sdk';
import type { CoreEvents, PortExtensions } from '../neutron/index.js';

/**
 * Subscribes a plugin's hooks to core events. A hook gets the plugin's own context with `db` and
 * `core` swapped for the core's transaction, so its writes commit or roll back with the change.
 */
export function subscribeHooks(events: CoreEvents, hooks: ServicePluginHooks | undefined, context: ServiceContext): void {
  const portDeleted = hooks?.portDeleted;
  if (!portDeleted) return;
  events.subscribe({
    service: context.service,
    logger: context.logger,
    portDeleted: (event, scope) => portDeleted(event, { ...context, ...scope }),
  });
}

/** Subscribes a plugin's port attribute hooks the same way: `db` and `core` run in the core's transaction. */
export function subscribePortAttributes(extensions: PortExtensions, portAttributes: PortAttributeExtension | undefined, context: ServiceContext): void {
  if (!portAttributes) return;
  const { created, updated, present, filter } = portAttributes;
  extensions.subscribe({
    service: context.service,
    logger: context.logger,
    created: (event, scope) => created(event, { ...context, ...scope }),
    ...(updated ? { updated: (event, scope) => updated(event, { ...context, ...scope }) } : {}),
    present: (ports, scope) => present(ports, { ...context, ...scope }),
    ...(filter ? { filter: (event) => filter(event, context) } : {}),
  });
}
