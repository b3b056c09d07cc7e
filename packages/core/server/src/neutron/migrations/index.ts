import type { Migration } from 'kysely';
import { networksMigration } from './0001-networks.js';
import { subnetsMigration } from './0002-subnets.js';
import { portsMigration } from './0003-ports.js';
import { routersMigration } from './0004-routers.js';
import { standardAttributesMigration } from './0005-standard-attributes.js';
import { tagsMigration } from './0006-tags.js';
import { quotasMigration } from './0007-quotas.js';

/** The core's migrations, applied in name order; a released name never changes. */
export const coreMigrations: Record<string, Migration> = {
  '0001-networks': networksMigration,
  '0002-subnets': subnetsMigration,
  '0003-ports': portsMigration,
  '0004-routers': routersMigration,
  '0005-standard-attributes': standardAttributesMigration,
  '0006-tags': tagsMigration,
  '0007-quotas': quotasMigration,
};
