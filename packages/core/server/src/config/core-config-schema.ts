import { LOG_LEVELS } from './config.js';
import type { ConfigSection } from './config-schema.js';
import { LOG_DESTINATION_EXPECTED, isLogDestination } from '../logging/destination-values.js';
import { DATABASE_URL_EXPECTED, HOST_EXPECTED, isDatabaseUrl, isHost } from './values.js';

/** A service name (`firewall`) or an npm package name (`@acme/switchyard-dns`). */
const SERVICE_PLUGIN_ENTRY = /^(?:[a-z][a-z0-9-]*|@[a-z0-9][a-z0-9._~-]*\/[a-z0-9][a-z0-9._~-]*)$/;

const topLevel: ConfigSection = {
  description: [],
  keys: [
    {
      key: 'auth_strategy',
      type: 'choice',
      allowed: ['noauth', 'token'],
      default: 'noauth',
      description: [
        'How callers authenticate:',
        '  "noauth": trust the X-Project-Id header (and X-Roles: admin); for local development only.',
        '  "token":  map the X-Auth-Token header to a project and roles, from [auth.tokens."<token>"].',
      ],
    },
    {
      key: 'service_plugins',
      type: 'string-list',
      default: [],
      entry: {
        pattern: SERVICE_PLUGIN_ENTRY,
        expected: 'a service name such as "firewall" or a package name such as "@acme/switchyard-dns"',
      },
      description: [
        'Optional services to load, by service name ("firewall" means the package @switchyard/firewall)',
        'or by full package name ("@acme/switchyard-dns"). Each must be installed (npm install).',
      ],
    },
  ],
};

const server: ConfigSection = {
  name: 'server',
  description: ['The Neutron v2.0 API server.'],
  keys: [
    {
      key: 'host',
      type: 'string',
      default: '127.0.0.1',
      check: isHost,
      expected: HOST_EXPECTED,
      override: { flag: '--host', env: 'SWITCHYARD_HOST' },
      description: ['Address to listen on. 127.0.0.1 keeps the API on this machine; "0.0.0.0" accepts connections from elsewhere.'],
    },
    {
      key: 'port',
      type: 'integer',
      minimum: 1,
      maximum: 65535,
      default: 9696,
      override: { flag: '--port', env: 'SWITCHYARD_PORT' },
      description: ['Port of the API.'],
    },
    {
      key: 'log_level',
      type: 'choice',
      allowed: LOG_LEVELS,
      default: 'info',
      override: { flag: '--log-level', env: 'SWITCHYARD_LOG_LEVEL' },
      description: ['How much the server logs (JSON lines on stdout).'],
    },
    {
      key: 'drain_seconds',
      type: 'integer',
      minimum: 0,
      maximum: 300,
      default: 0,
      description: [
        'On SIGTERM or SIGINT, how long GET /readyz answers 503 while requests are still served, so a load',
        'balancer health-checking it stops sending traffic first; set it above its check interval.',
      ],
    },
    {
      key: 'shutdown_grace_seconds',
      type: 'integer',
      minimum: 1,
      maximum: 3600,
      default: 10,
      description: [
        'Then the server stops accepting connections and waits this long for requests in flight before it',
        'closes the database pool and exits 0; past it, open connections are cut and it exits 1.',
      ],
    },
  ],
};

const logging: ConfigSection = {
  name: 'logging',
  description: ['Where the server writes its JSON log lines (how much: [server] log_level).'],
  keys: [
    {
      key: 'destination',
      type: 'string',
      default: 'stdout',
      check: isLogDestination,
      expected: LOG_DESTINATION_EXPECTED,
      description: [
        '"stdout", "stderr" or a file (relative to this file\'s directory; its folder is created): the',
        "core's lines, and those of every service without a destination of its own.",
      ],
    },
    {
      key: 'services',
      type: 'tables',
      entryName: '<service>',
      description: ["A service's own destination, [logging.services.<service>]; its lines never reach the core's, nor the core's it:"],
      keys: [
        {
          key: 'destination',
          type: 'string',
          required: true,
          check: isLogDestination,
          expected: LOG_DESTINATION_EXPECTED,
          example: 'logs/firewall.log',
          description: ['where its lines go, a destination no one else writes to (required)'],
        },
      ],
      example: { name: 'firewall', values: { destination: 'logs/firewall.log' } },
    },
  ],
};

const database: ConfigSection = {
  name: 'database',
  description: ['Where the server keeps its data.'],
  keys: [
    {
      key: 'url',
      type: 'string',
      default: 'sqlite:.switchyard/switchyard.db',
      check: isDatabaseUrl,
      expected: DATABASE_URL_EXPECTED,
      override: { flag: '--database-url', env: 'SWITCHYARD_DATABASE_URL' },
      description: [
        '"sqlite:<file>" (relative to this file\'s directory), "sqlite::memory:" or "postgres://user:password@host:port/database".',
        'The SQLite file and its folder are created on first start; delete .switchyard/ to start over.',
      ],
    },
    {
      key: 'pool_size',
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      default: 10,
      description: [
        'PostgreSQL: most connections this server opens. With several servers on one database, keep',
        'servers x pool_size below the database\'s max_connections. SQLite uses one connection.',
      ],
    },
    {
      key: 'statement_timeout_ms',
      type: 'integer',
      minimum: 0,
      maximum: 3600000,
      default: 30000,
      description: [
        'PostgreSQL: milliseconds after which the database cancels a statement (its statement_timeout);',
        '0 for no limit. Start-up migrations run without it.',
      ],
    },
  ],
};

/**
 * `enabled = "no" | "yes"` of a section that switches a feature on. A choice, not a TOML boolean:
 * a new key type would widen ConfigKey, which tools reading this schema switch on (a break of
 * @switchyard/server/config-schema).
 */
function enabledKey(description: string[]) {
  return { key: 'enabled', type: 'choice' as const, allowed: ['no', 'yes'], default: 'no', description };
}

const metrics: ConfigSection = {
  name: 'metrics',
  description: ['Prometheus metrics.'],
  keys: [
    enabledKey([
      '"yes" serves GET /metrics: requests and latency by service, operation, stability and status;',
      'switchyard_plugin_info; database pool gauges. Like /healthz and /readyz it needs no token.',
    ]),
  ],
};

const dashboard: ConfigSection = {
  name: 'dashboard',
  description: ['The web dashboard (the @switchyard/dashboard package).'],
  keys: [
    enabledKey([
      '"yes" serves the web dashboard at /dashboard/, with a panel for each loaded plugin that has one;',
      'the package must be installed (npm install @switchyard/dashboard). The page needs no token.',
    ]),
  ],
};

const quotaLimit = { type: 'integer' as const, minimum: -1, maximum: 2147483647 };
const describeQuota = (noun: string) => [`How many ${noun} a project may hold unless an admin sets its own quota (PUT /v2.0/quotas/<project_id>); -1 for no limit.`];

/** Neutron's defaults (neutron.conf [quotas] quota_network, ...); -1 is no limit. */
const quotaKey = (key: string, noun: string, fallback: number) => ({ key, ...quotaLimit, default: fallback, description: describeQuota(noun) });

const quotas: ConfigSection = {
  name: 'quotas',
  description: [
    "Each project's default limits; a create past one is refused with 409 OverQuota. Service plugins",
    'add the resources they count (security_group, firewall_rule, ...), with Neutron\'s defaults.',
  ],
  keys: [quotaKey('network', 'networks', 100), quotaKey('subnet', 'subnets', 100), quotaKey('port', 'ports', 500), quotaKey('router', 'routers', 10)],
  pluginKeys: { value: quotaLimit, describe: describeQuota },
};

const auth: ConfigSection = {
  name: 'auth',
  description: ['Who callers are, for the auth_strategy above.'],
  keys: [
    {
      key: 'default_project',
      type: 'string',
      default: 'default',
      description: ['With "noauth", requests without an X-Project-Id header act for this project.'],
    },
    {
      key: 'tokens',
      type: 'tables',
      entryName: '"<secret>"',
      description: ['With auth_strategy = "token", one table per token, [auth.tokens."<secret>"], holding:'],
      keys: [
        {
          key: 'project',
          type: 'string',
          required: true,
          expected: 'the project id this token acts for, such as "demo"',
          example: 'demo',
          description: ['the project the token acts for (required)'],
        },
        {
          key: 'roles',
          type: 'string-list',
          default: [],
          example: ['admin'],
          description: ['its roles; "admin" sees and manages every project'],
        },
      ],
      example: { name: 'change-me-to-a-long-random-secret', values: { project: 'demo', roles: ['admin'] } },
      exampleNote: 'Uncomment and replace the secret to use it:',
    },
  ],
};

const preview: ConfigSection = {
  name: 'preview',
  description: [
    'Preview services run only when named here. Their API and data may change or be dropped in a',
    'later release; the server logs a warning for each at start-up and labels their responses with',
    'the header "x-switchyard-stability: preview".',
  ],
  keys: [
    {
      key: 'enabled',
      type: 'string-list',
      default: [],
      description: ['Preview services you opt in to, by service name; each must also be in service_plugins.'],
    },
  ],
};

const plugins: ConfigSection = {
  name: 'plugins',
  description: ["Each service plugin's own settings, [plugins.<service>], checked against the plugin's schema."],
  keys: [],
  entries: { entryName: '<service>' },
};

/**
 * Every key the server reads from `switchyard.toml`, in the order the sample shows them.
 *
 * @public
 */
export const CORE_CONFIG_SCHEMA: readonly ConfigSection[] = [topLevel, server, logging, database, metrics, dashboard, quotas, auth, preview, plugins];
