import type { LogLevel, SwitchyardConfig } from './config.js';
import { defaultOf } from './config-schema.js';
import { CORE_CONFIG_SCHEMA } from './core-config-schema.js';

const schemaDefault = (section: string | undefined, key: string) => defaultOf(CORE_CONFIG_SCHEMA, section, key);

/** What the server runs with when neither the file, the environment nor a flag says otherwise (from the schema). */
export const DEFAULTS = {
  configFileName: 'switchyard.toml',
  host: schemaDefault('server', 'host') as string,
  port: schemaDefault('server', 'port') as number,
  logLevel: schemaDefault('server', 'log_level') as LogLevel,
  databaseUrl: schemaDefault('database', 'url') as string,
  drainSeconds: schemaDefault('server', 'drain_seconds') as number,
  shutdownGraceSeconds: schemaDefault('server', 'shutdown_grace_seconds') as number,
  poolSize: schemaDefault('database', 'pool_size') as number,
  statementTimeoutMs: schemaDefault('database', 'statement_timeout_ms') as number,
  metricsEnabled: schemaDefault('metrics', 'enabled') === 'yes',
  dashboardEnabled: schemaDefault('dashboard', 'enabled') === 'yes',
  /** Neutron's default quotas, by core resource. */
  quotas: Object.fromEntries(['network', 'subnet', 'port', 'router'].map((resource) => [resource, schemaDefault('quotas', resource) as number])),
  authStrategy: schemaDefault(undefined, 'auth_strategy') as SwitchyardConfig['authStrategy'],
  defaultProject: schemaDefault('auth', 'default_project') as string,
} as const;
