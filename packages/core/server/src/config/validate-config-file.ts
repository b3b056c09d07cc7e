import { ConfigError } from '../errors.js';
import { LOG_LEVELS, type LogLevel, type SwitchyardConfig } from './config.js';
import {
  type Location,
  type Table,
  checkKeys,
  invalidValue,
  isTable,
  readChoice,
  readString,
  readStringList,
  readTable,
} from './config-fields.js';
import { DATABASE_URL_EXPECTED, HOST_EXPECTED, PORT_EXPECTED, isDatabaseUrl, isHost, parsePort } from './values.js';

/** What a config file sets; anything left out falls back to flags, environment or defaults. */
export interface ConfigFileValues {
  authStrategy?: SwitchyardConfig['authStrategy'];
  servicePlugins?: string[];
  server: { host?: string; port?: number; logLevel?: LogLevel };
  database: { url?: string };
  auth: { defaultProject?: string; tokens?: SwitchyardConfig['auth']['tokens'] };
  preview: { enabled?: string[] };
  plugins?: SwitchyardConfig['plugins'];
}

const TOP_LEVEL_KEYS = ['auth_strategy', 'service_plugins', 'server', 'database', 'auth', 'preview', 'plugins'];
const AUTH_STRATEGIES = ['noauth', 'token'] as const;
const SERVICE_PLUGIN_ENTRY = /^(?:[a-z][a-z0-9-]*|@[a-z0-9][a-z0-9._~-]*\/[a-z0-9][a-z0-9._~-]*)$/;

/** Checks the parsed file key by key; the first problem found is thrown as a `ConfigError`. */
export function validateConfigFile(table: Table, source: string): ConfigFileValues {
  const top: Location = { source };
  checkKeys(top, table, TOP_LEVEL_KEYS);
  const values: ConfigFileValues = {
    authStrategy: readChoice(top, table, 'auth_strategy', AUTH_STRATEGIES),
    servicePlugins: readServicePlugins(top, table),
    server: readServer(source, readTable(top, table, 'server')),
    database: readDatabase(source, readTable(top, table, 'database')),
    auth: readAuth(source, readTable(top, table, 'auth')),
    preview: readPreview(source, readTable(top, table, 'preview')),
    plugins: readPlugins(source, readTable(top, table, 'plugins')),
  };
  checkTokensPresent(source, values);
  return values;
}

function readServicePlugins(location: Location, table: Table): string[] | undefined {
  const entries = readStringList(location, table, 'service_plugins');
  for (const entry of entries ?? []) {
    if (SERVICE_PLUGIN_ENTRY.test(entry)) continue;
    throw new ConfigError(
      `${location.source}: service_plugins entry ${JSON.stringify(entry)} is not valid; ` +
        `expected a service name such as "firewall" or a package name such as "@acme/switchyard-dns"`,
    );
  }
  return entries;
}

function readServer(source: string, table: Table = {}): ConfigFileValues['server'] {
  const location = { source, section: 'server' };
  checkKeys(location, table, ['host', 'port', 'log_level']);
  if (table.host !== undefined && !isHost(table.host)) throw invalidValue(location, 'host', table.host, HOST_EXPECTED);
  const port = table.port === undefined ? undefined : parsePort(typeof table.port === 'number' ? table.port : NaN);
  if (table.port !== undefined && port === undefined) throw invalidValue(location, 'port', table.port, PORT_EXPECTED);
  return { host: table.host as string | undefined, port, logLevel: readChoice(location, table, 'log_level', LOG_LEVELS) };
}

function readDatabase(source: string, table: Table = {}): ConfigFileValues['database'] {
  const location = { source, section: 'database' };
  checkKeys(location, table, ['url']);
  if (table.url !== undefined && !isDatabaseUrl(table.url)) throw invalidValue(location, 'url', table.url, DATABASE_URL_EXPECTED);
  return { url: table.url as string | undefined };
}

function readAuth(source: string, table: Table = {}): ConfigFileValues['auth'] {
  const location = { source, section: 'auth' };
  checkKeys(location, table, ['default_project', 'tokens']);
  const tokens = readTable(location, table, 'tokens');
  return {
    defaultProject: readString(location, table, 'default_project'),
    tokens: tokens === undefined ? undefined : readTokens(source, tokens),
  };
}

function readTokens(source: string, table: Table): SwitchyardConfig['auth']['tokens'] {
  const tokens: SwitchyardConfig['auth']['tokens'] = {};
  for (const [token, value] of Object.entries(table)) {
    const section = `auth.tokens.${JSON.stringify(token)}`;
    if (!isTable(value)) throw invalidValue({ source, section: 'auth.tokens' }, JSON.stringify(token), value, `a table ([${section}])`);
    const location = { source, section };
    checkKeys(location, value, ['project', 'roles']);
    const project = readString(location, value, 'project');
    if (project === undefined) throw invalidValue(location, 'project', undefined, 'the project id this token acts for, such as "demo"');
    tokens[token] = { project, roles: readStringList(location, value, 'roles') ?? [] };
  }
  return tokens;
}

function readPreview(source: string, table: Table = {}): ConfigFileValues['preview'] {
  const location = { source, section: 'preview' };
  checkKeys(location, table, ['enabled']);
  return { enabled: readStringList(location, table, 'enabled') };
}

/** Each `[plugins.<service>]` must be a table; its keys are checked later against the plugin's schema. */
function readPlugins(source: string, table: Table | undefined): ConfigFileValues['plugins'] {
  if (table === undefined) return undefined;
  for (const [service, value] of Object.entries(table)) {
    if (!isTable(value)) throw invalidValue({ source, section: 'plugins' }, service, value, `a table ([plugins.${service}])`);
  }
  return table as SwitchyardConfig['plugins'];
}

function checkTokensPresent(source: string, values: ConfigFileValues): void {
  if (values.authStrategy !== 'token' || Object.keys(values.auth.tokens ?? {}).length > 0) return;
  throw new ConfigError(
    `${source}: auth_strategy is "token" but no token is configured; ` +
      `add one such as [auth.tokens."<secret>"] project = "demo", roles = ["admin"], or use auth_strategy = "noauth"`,
  );
}
