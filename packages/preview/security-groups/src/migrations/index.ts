import type { Migration } from '@switchyard/sdk';
import { createItemsTable } from './0001-create-items.js';

/** Applied in name order; a released name never changes. */
export const securityGroupsMigrations: Record<string, Migration> = {
  '0001-create-items': createItemsTable,
};
