import type { CoreResources, Kysely, NetworkDeletedEvent, PortDeletedEvent } from '@switchyard/sdk';
import type { Transaction } from 'kysely';
import { coreResourcesOf } from '../core-resources.js';
import type { CoreTables } from '../shared/tables.js';
import { type HookOwner, deliver } from './deliver.js';

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
export interface CoreEventSubscriber extends HookOwner {
  portDeleted?: (event: PortDeletedEvent, scope: EventScope) => Promise<void> | void;
  networkDeleted?: (event: NetworkDeletedEvent, scope: EventScope) => Promise<void> | void;
}

/** The core's side: plugins subscribe at start-up, deletions announce themselves inside their transaction. */
export interface CoreEvents {
  subscribe(subscriber: CoreEventSubscriber): void;
  /** Calls every subscriber in turn, in plugin order; the first failure aborts (and so rolls back) the deletion. */
  portDeleted(event: PortDeletedEvent, transaction: Transaction<CoreTables>): Promise<void>;
  /** The same for a network. */
  networkDeleted(event: NetworkDeletedEvent, transaction: Transaction<CoreTables>): Promise<void>;
}

export function createCoreEvents(): CoreEvents {
  const subscribers: CoreEventSubscriber[] = [];
  const announce = async <TEvent>(
    transaction: Transaction<CoreTables>,
    outcome: string,
    hookOf: (subscriber: CoreEventSubscriber) => ((event: TEvent, scope: EventScope) => Promise<void> | void) | undefined,
    event: TEvent,
  ) => {
    const scope: EventScope = { db: transaction.withoutPlugins(), core: coreResourcesOf(transaction) };
    for (const subscriber of subscribers) {
      const hook = hookOf(subscriber);
      if (hook) await deliver(subscriber, outcome, () => hook(event, scope));
    }
  };
  return {
    subscribe: (subscriber) => void subscribers.push(subscriber),
    portDeleted: (event, transaction) => announce(transaction, `Port ${event.port.id} was not deleted`, (subscriber) => subscriber.portDeleted, event),
    networkDeleted: (event, transaction) => announce(transaction, `Network ${event.network.id} was not deleted`, (subscriber) => subscriber.networkDeleted, event),
  };
}
