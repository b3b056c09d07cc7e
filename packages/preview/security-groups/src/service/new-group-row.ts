import { type StoredRow, newRow } from '@switchyard/sdk';
import { type GroupCreation, groupResource } from '../resources/security-group.js';

/** A group's row, with 0001's legacy `shared` column (NOT NULL, no longer read) written false. */
export function newGroupRow(input: GroupCreation): StoredRow {
  return { ...newRow(groupResource, input), shared: 0 };
}
