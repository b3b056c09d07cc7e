import { type CheckedCreateInput, type ResourceOperation, conflict, newRow } from '@switchyard/sdk';
import type { SecurityGroupsConfig } from '../config.js';
import { itemResource } from '../resources/item.js';
import { countProjectItems } from '../store/count-items.js';

type ItemCreation = CheckedCreateInput<typeof itemResource.declaration.attributes>;

/** The kit's create, plus this service's rule: a project holds at most max_items_per_project security_groups_items. */
export async function createItem(config: SecurityGroupsConfig, operation: ResourceOperation, input: ItemCreation): Promise<string> {
  const limit = config.max_items_per_project;
  if ((await countProjectItems(operation.db, input.project_id)) >= limit) {
    throw conflict(
      'SecurityGroupsItemLimitReached',
      `Project ${input.project_id} already holds ${limit} security_groups_items, the most [plugins.security-groups] max_items_per_project allows. Delete one first, or ask the operator to raise the limit.`,
    );
  }
  const row = newRow(itemResource, input);
  await operation.store.insert(row);
  return String(row.id);
}
