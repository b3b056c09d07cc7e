import { DatabaseConnectionError, DatabaseLocationError } from '@switchyard/db';
import { ConfigError } from '../errors.js';
import { type SwitchyardConfig, configSourceName } from './config.js';
import { databaseUrlOriginOf } from './database-url-origin.js';
import { DEFAULTS } from './defaults.js';

/**
 * Turns the database's refusal to open into a `ConfigError` that names the setting to change:
 * `switchyard.toml: [database] url = "sqlite:/proc/x/db": cannot create the folder /proc/x (...);
 * point [database] url at a writable folder, e.g. "sqlite:.switchyard/switchyard.db"`.
 * Any other error is returned as it is.
 */
export function explainDatabaseError(error: unknown, config: SwitchyardConfig): unknown {
  if (!(error instanceof DatabaseLocationError || error instanceof DatabaseConnectionError)) return error;
  const setting = describeSetting(config);
  const fix =
    error instanceof DatabaseLocationError
      ? `point ${setting.key} at a writable folder${setting.example}`
      : `start PostgreSQL there or fix ${setting.key}`;
  return new ConfigError(`${setting.label}: ${error.problem}; ${fix}`, { cause: error });
}

interface DatabaseSetting {
  /** The setting and its value, as the message starts. */
  label: string;
  /** What to change. */
  key: string;
  /** `, e.g. "sqlite:..."`, or nothing when the default is what failed. */
  example: string;
}

function describeSetting(config: SwitchyardConfig): DatabaseSetting {
  const origin = databaseUrlOriginOf(config);
  const value = JSON.stringify(withoutPassword(config.database.url));
  const example = `, e.g. ${JSON.stringify(DEFAULTS.databaseUrl)}`;
  const source = configSourceName(config);
  if (origin === 'file') return { label: `${source}: [database] url = ${value}`, key: '[database] url', example };
  if (origin === 'default') return { label: `the default [database] url ${value}`, key: `[database] url in ${source}`, example: '' };
  const label = origin === '--database-url' ? `--database-url ${value}` : `${origin}=${value}`;
  return { label, key: origin, example };
}

/** Start-up errors end up in logs; a password in the url must not. */
function withoutPassword(url: string): string {
  if (!url.startsWith('postgres')) return url;
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}
