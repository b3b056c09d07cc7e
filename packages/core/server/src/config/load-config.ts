import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { parseServerArguments } from './arguments.js';
import type { SwitchyardConfig } from './config.js';
import { type DatabaseUrlOrigin, rememberDatabaseUrlOrigin } from './database-url-origin.js';
import { DEFAULTS } from './defaults.js';
import { type ConfigOverrides, type Override, readOverrides } from './overrides.js';
import { readConfigFile } from './read-config-file.js';
import { type ConfigFileValues, validateConfigFile } from './validate-config-file.js';

/** @public */
export interface LoadConfigOptions {
  /** Command-line arguments without node and the script (default: `process.argv.slice(2)`). */
  argv?: readonly string[];
  env?: Record<string, string | undefined>;
  /** Directory relative paths on the command line are read from (default: `process.cwd()`). */
  cwd?: string;
}

interface ConfigFileLocation {
  path: string;
  /** How messages name the file: relative to cwd when inside it. */
  source: string;
}

/**
 * Builds the server's configuration, in order of precedence: `flags > environment > switchyard.toml > defaults`.
 * Throws `ConfigError` (or its `UsageError`) with a message that names what to fix.
 *
 * @public
 */
export function loadConfig(options: LoadConfigOptions = {}): SwitchyardConfig {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const args = parseServerArguments(options.argv ?? process.argv.slice(2));
  const overrides = readOverrides(args, options.env ?? process.env);
  const file = locateConfigFile(overrides.configFile, cwd);
  const values = file ? validateConfigFile(readConfigFile(file.path, file.source), file.source) : emptyFileValues();
  const config = mergeConfig(values, withAbsoluteDatabasePath(overrides, cwd), file, cwd);
  rememberDatabaseUrlOrigin(config, databaseUrlOrigin(values, overrides));
  return config;
}

function databaseUrlOrigin(values: ConfigFileValues, overrides: ConfigOverrides): DatabaseUrlOrigin {
  if (overrides.databaseUrlOrigin !== undefined) return overrides.databaseUrlOrigin as DatabaseUrlOrigin;
  return values.database.url === undefined ? 'default' : 'file';
}

function locateConfigFile(explicit: Override | undefined, cwd: string): ConfigFileLocation | undefined {
  if (explicit === undefined) {
    const implicit = path.join(cwd, DEFAULTS.configFileName);
    return existsSync(implicit) ? { path: implicit, source: DEFAULTS.configFileName } : undefined;
  }
  const file = path.resolve(cwd, explicit.value);
  if (!existsSync(file)) {
    throw new ConfigError(`${explicit.origin} names ${JSON.stringify(explicit.value)}, which does not exist (looked for ${file})`);
  }
  return { path: file, source: displayPath(file, cwd) };
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function emptyFileValues(): ConfigFileValues {
  return { server: {}, database: {}, metrics: {}, dashboard: {}, auth: {}, preview: {} };
}

/** A relative SQLite path typed on the command line means "from here", not "from the config file". */
function withAbsoluteDatabasePath(overrides: ConfigOverrides, cwd: string): ConfigOverrides {
  const url = overrides.databaseUrl;
  if (url === undefined || !url.startsWith('sqlite:') || url === 'sqlite::memory:') return overrides;
  return { ...overrides, databaseUrl: `sqlite:${path.resolve(cwd, url.slice('sqlite:'.length))}` };
}

function mergeConfig(
  values: ConfigFileValues,
  overrides: ConfigOverrides,
  file: ConfigFileLocation | undefined,
  cwd: string,
): SwitchyardConfig {
  return {
    configFile: file?.path,
    configSource: file?.source,
    baseDir: file ? path.dirname(file.path) : cwd,
    server: {
      host: overrides.host ?? values.server.host ?? DEFAULTS.host,
      port: overrides.port ?? values.server.port ?? DEFAULTS.port,
      logLevel: overrides.logLevel ?? values.server.logLevel ?? DEFAULTS.logLevel,
      drainSeconds: values.server.drainSeconds ?? DEFAULTS.drainSeconds,
      shutdownGraceSeconds: values.server.shutdownGraceSeconds ?? DEFAULTS.shutdownGraceSeconds,
    },
    database: {
      url: overrides.databaseUrl ?? values.database.url ?? DEFAULTS.databaseUrl,
      poolSize: values.database.poolSize ?? DEFAULTS.poolSize,
      statementTimeoutMs: values.database.statementTimeoutMs ?? DEFAULTS.statementTimeoutMs,
    },
    metrics: { enabled: values.metrics.enabled === undefined ? DEFAULTS.metricsEnabled : values.metrics.enabled === 'yes' },
    dashboard: { enabled: values.dashboard.enabled === undefined ? DEFAULTS.dashboardEnabled : values.dashboard.enabled === 'yes' },
    quotas: { ...DEFAULTS.quotas, ...values.quotas },
    authStrategy: values.authStrategy ?? DEFAULTS.authStrategy,
    auth: {
      defaultProject: values.auth.defaultProject ?? DEFAULTS.defaultProject,
      tokens: values.auth.tokens ?? {},
    },
    servicePlugins: values.servicePlugins ?? [],
    preview: { enabled: values.preview.enabled ?? [] },
    plugins: values.plugins ?? {},
    logging: values.logging,
  };
}
