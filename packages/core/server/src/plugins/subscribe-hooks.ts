import type { ServiceContext, ServicePluginHooks } from '@switchyard/sdk';
import type { CoreEvents } from '../neutron/index.js';

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
