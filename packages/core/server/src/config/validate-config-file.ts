import { ConfigError } from '../errors.js';
import type { LogLevel, SwitchyardConfig } from './config.js';
import { type Location, type Table, readTable } from './config-fields.js';
import type { ConfigSection } from './config-schema.js';
import { CORE_CONFIG_SCHEMA } from './core-config-schema.js';
import { readSection } from './read-config-key.js';

/** What a config file sets; anything left out falls back to flags, environment or defaults. */
export interface ConfigFileValues {
  authStrategy?: SwitchyardConfig['authStrategy'];
  servicePlugins?: string[];
  server: { host?: string; port?: number; logLevel?: LogLevel; drainSeconds?: number; shutdownGraceSeconds?: number };
  database: { url?: string; poolSize?: number; statementTimeoutMs?: number };
  metrics: { enabled?: 'no' | 'yes' };
  dashboard: { enabled?: 'no' | 'yes' };
  quotas?: Record<string, number>;
  auth: { defaultProject?: string; tokens?: SwitchyardConfig['auth']['tokens'] };
  preview: { enabled?: string[] };
  plugins?: SwitchyardConfig['plugins'];
  logging?: SwitchyardConfig['logging'];
}

/** Checks the parsed file key by key against the core schema; the first problem is thrown as a `ConfigError`. */
export function validateConfigFile(table: Table, source: string, schema: readonly ConfigSection[] = CORE_CONFIG_SCHEMA): ConfigFileValues {
  const [topLevel, ...sections] = schema;
  const sectionNames = sections.map((section) => section.name as string);
  const values = readSection(source, topLevel, table, sectionNames);
  const top: Location = { source };
  for (const section of sections) {
    const name = section.name as string;
    const found = readTable(top, table, name);
    if (found !== undefined) values[name] = readSection(source, section, found);
  }
  const fileValues = toFileValues(values);
  checkTokensPresent(source, fileValues);
  return fileValues;
}

/** From the file's names (`[server] log_level`) to the config's (`server.logLevel`). */
function toFileValues(values: Table): ConfigFileValues {
  const section = (name: string) => (values[name] ?? {}) as Table;
  const server = section('server');
  return {
    authStrategy: values.auth_strategy as ConfigFileValues['authStrategy'],
    servicePlugins: values.service_plugins as string[] | undefined,
    server: {
      host: server.host as string | undefined,
      port: server.port as number | undefined,
      logLevel: server.log_level as LogLevel | undefined,
      drainSeconds: server.drain_seconds as number | undefined,
      shutdownGraceSeconds: server.shutdown_grace_seconds as number | undefined,
    },
    database: {
      url: section('database').url as string | undefined,
      poolSize: section('database').pool_size as number | undefined,
      statementTimeoutMs: section('database').statement_timeout_ms as number | undefined,
    },
    metrics: { enabled: section('metrics').enabled as 'no' | 'yes' | undefined },
    dashboard: { enabled: section('dashboard').enabled as 'no' | 'yes' | undefined },
    quotas: values.quotas as Record<string, number> | undefined,
    auth: {
      defaultProject: section('auth').default_project as string | undefined,
      tokens: section('auth').tokens as SwitchyardConfig['auth']['tokens'] | undefined,
    },
    preview: { enabled: section('preview').enabled as string[] | undefined },
    plugins: values.plugins as SwitchyardConfig['plugins'] | undefined,
    // [logging] keys are named as the config names them: destination, services.<service>.destination.
    logging: values.logging as SwitchyardConfig['logging'],
  };
}

function checkTokensPresent(source: string, values: ConfigFileValues): void {
  if (values.authStrategy !== 'token' || Object.keys(values.auth.tokens ?? {}).length > 0) return;
  throw new ConfigError(
    `${source}: auth_strategy is "token" but no token is configured; ` +
      `add one such as [auth.tokens."<secret>"] project = "demo", roles = ["admin"], or use auth_strategy = "noauth"`,
  );
}
