import type { Migration } from '@switchyard/sdk';
import { createSecurityGroupTables } from './0001-create-security-group-tables.js';

/** Applied in name order; a released name never changes. */
export const securityGroupsMigrations: Record<string, Migration> = {
  '0001-create-security-group-tables': createSecurityGroupTables,
};
