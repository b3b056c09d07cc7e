import type { FastifyBaseLogger } from 'fastify';
import { type CoreResources, type Kysely, type PortDeletedEvent, SwitchyardError } from '@switchyard/sdk';
import type { Transaction } from 'kysely';
import { coreResourcesOf } from '../core-resources.js';
import { concurrencyErrorOf } from '../shared/database-errors.js';
import type { CoreTables } from '../shared/tables.js';

/**
 * Where a hook runs: inside the core's transaction. Plugins must write through this `db`; on
 * SQLite a query on the root handle would wait for the transaction that waits for it.
 */
export interface EventScope {
  // Plugins own their tables; the core cannot know their shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  core: CoreResources;
}

/** One plugin's interest in core events, with the logger that labels its failures. */
export interface CoreEventSubscriber {
  service: string;
  logger: FastifyBaseLogger;
  portDeleted?: (event: PortDeletedEvent, scope: EventScope) => Promise<void> | void;
}

/** The core's side: plugins subscribe at start-up, deletions announce themselves inside their transaction. */
export interface CoreEvents {
  subscribe(subscriber: CoreEventSubscriber): void;
  /** Calls every subscriber in turn, in plugin order; the first failure aborts (and so rolls back) the deletion. */
  portDeleted(event: PortDeletedEvent, transaction: Transaction<CoreTables>): Promise<void>;
}

export function createCoreEvents(): CoreEvents {
  const subscribers: CoreEventSubscriber[] = [];
  return {
    subscribe: (subscriber) => void subscribers.push(subscriber),
    async portDeleted(event, transaction) {
      const scope: EventScope = { db: transaction.withoutPlugins(), core: coreResourcesOf(transaction) };
      for (const subscriber of subscribers) {
        const hook = subscriber.portDeleted;
        if (hook) await deliver(subscriber, `Port ${event.port.id} was not deleted`, () => hook(event, scope));
      }
    },
  };
}

/**
 * A plugin may refuse the change with a catalog error (a 409, say), which the client sees as it
 * is; anything else is the plugin's bug, logged under its name and answered with a 500.
 */
async function deliver(subscriber: CoreEventSubscriber, outcome: string, hook: () => Promise<void> | void): Promise<void> {
  try {
    await hook();
  } catch (error) {
    // A lost race inside the hook is the database's answer, not the plugin's bug: the error handler maps it to a 409.
    if ((error instanceof SwitchyardError && error.statusCode < 500) || concurrencyErrorOf(error)) throw error;
    subscriber.logger.error({ err: error }, `${subscriber.service} failed in a core event hook; the core change is rolled back`);
    throw new SwitchyardError(
      'SY_ERR_INTERNAL',
      `${outcome}: service plugin ${subscriber.service} failed while handling it, so nothing was changed. The server log has details.`,
    );
  }
}
