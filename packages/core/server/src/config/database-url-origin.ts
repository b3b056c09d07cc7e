import type { SwitchyardConfig } from './config.js';

/** Where a config's database url was set: the config file, a flag or variable, or nowhere (the default). */
export type DatabaseUrlOrigin = 'file' | 'default' | '--database-url' | 'SWITCHYARD_DATABASE_URL';

/**
 * Kept beside the configs `loadConfig` builds, not in them, so the public `SwitchyardConfig` does
 * not change. A config built in code (or copied) has no entry and counts as set in the file.
 */
const origins = new WeakMap<SwitchyardConfig, DatabaseUrlOrigin>();

export function rememberDatabaseUrlOrigin(config: SwitchyardConfig, origin: DatabaseUrlOrigin): void {
  origins.set(config, origin);
}

export function databaseUrlOriginOf(config: SwitchyardConfig): DatabaseUrlOrigin {
  return origins.get(config) ?? 'file';
}
