import type { Kysely } from 'kysely';
import type { ResourceOperation } from './register-resource.js';

/** What a bulk create does with each item, given by the resource's routes. */
export interface BulkCreateSteps<TInput, TCreated> {
  /** Creates one checked item: its id, or the resource as created. */
  create(operation: ResourceOperation, input: TInput): Promise<string | TCreated>;
  /** Every created item as the creator sees it, in the order sent. */
  show(operation: ResourceOperation, created: ReadonlyArray<string | TCreated>): Promise<TCreated[]>;
  /** Deletes a created item again (emulated bulk only). */
  undo(operation: ResourceOperation, id: string): Promise<void>;
  idOf(created: TCreated): string;
}

/**
 * Neutron's native bulk: every item created in one transaction and read back inside it, so the
 * items see each other (two asking for one address are refused) and a refused one leaves none behind.
 */
export function createAllInTransaction<TInput, TCreated>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  operationOn: (transaction: Kysely<any>) => ResourceOperation,
  inputs: readonly TInput[],
  steps: BulkCreateSteps<TInput, TCreated>,
): Promise<TCreated[]> {
  return db.transaction().execute(async (transaction) => {
    const operation = operationOn(transaction);
    const created: Array<string | TCreated> = [];
    for (const input of inputs) created.push(await steps.create(operation, input));
    return steps.show(operation, created);
  });
}

/**
 * Neutron's emulated bulk (`_emulate_bulk_create`), for a service that does not declare it joins
 * the kit's transaction: the items are created one after another, and when one is refused those
 * created before it are deleted again, newest first, before the refusal is answered.
 */
export async function createOneByOne<TInput, TCreated>(operation: ResourceOperation, inputs: readonly TInput[], steps: BulkCreateSteps<TInput, TCreated>): Promise<TCreated[]> {
  const created: Array<string | TCreated> = [];
  try {
    for (const input of inputs) created.push(await steps.create(operation, input));
  } catch (refusal) {
    await undoAll(operation, created.map((item) => (typeof item === 'string' ? item : steps.idOf(item))).reverse(), steps);
    throw refusal;
  }
  return steps.show(operation, created);
}

async function undoAll<TInput, TCreated>(operation: ResourceOperation, ids: readonly string[], steps: BulkCreateSteps<TInput, TCreated>): Promise<void> {
  for (const id of ids) {
    try {
      await steps.undo(operation, id);
    } catch (error) {
      // The client hears the refusal that stopped the bulk; an item left behind is the operator's to see.
      operation.request.log.warn({ err: error, id }, 'bulk create: could not delete an item created before a refused one');
    }
  }
}
