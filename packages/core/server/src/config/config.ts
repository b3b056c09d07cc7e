/**
 * The values `[server] log_level` accepts (pino's levels).
 *
 * @public
 */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** @public */
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The validated configuration a server runs with (from `switchyard.toml`, then flags and env).
 *
 * @public
 */
export interface SwitchyardConfig {
  /** Absolute path of the file it was read from; messages name it. Undefined when built in code. */
  configFile?: string;
  /** How messages name the config file (relative to the working directory when inside it). */
  configSource?: string;
  /** Directory relative paths (the SQLite file, plugin packages) are resolved against. */
  baseDir: string;
  /** `logLevel` is pino's: fatal, error, warn, info (default), debug, trace or silent. */
  server: {
    host: string;
    port: number;
    logLevel?: LogLevel;
    /** Seconds `/readyz` answers 503 on SIGTERM before the listener closes (default 0). */
    drainSeconds?: number;
    /** Seconds requests in flight may take to finish once the listener closed (default 10). */
    shutdownGraceSeconds?: number;
  };
  /** `poolSize` and `statementTimeoutMs` apply to PostgreSQL (defaults 10 and 30000; 0 is no timeout). */
  database: { url: string; poolSize?: number; statementTimeoutMs?: number };
  /** `[quotas]`: each project's default limit per core resource (`network`, `subnet`, `port`, `router`), -1 for none; Neutron's defaults when left out. */
  quotas?: Record<string, number>;
  /** `GET /metrics` is served when `enabled` (`[metrics] enabled = "yes"`; default false). */
  metrics?: { enabled: boolean };
  /** The web dashboard is served at `/dashboard/` when `enabled` (`[dashboard] enabled = "yes"`; default false). */
  dashboard?: { enabled: boolean };
  authStrategy: 'noauth' | 'token';
  auth: {
    /** Project used by `noauth` when a request has no `X-Project-Id`. */
    defaultProject: string;
    /** `token` strategy: each token maps to a project and roles (`admin` sees every project). */
    tokens: Record<string, { project: string; roles: string[] }>;
  };
  /** Service plugins to load, by service name (`firewall`) or package name. */
  servicePlugins: string[];
  /** Preview services the operator explicitly opted into. */
  preview: { enabled: string[] };
  /** Each plugin's own section, `[plugins.<service>]`, validated against the plugin's schema. */
  plugins: Record<string, Record<string, unknown>>;
  /** `[logging]`: where the core's lines go (default stdout), and each service that has its own. */
  logging?: LoggingConfig;
}

/**
 * `[logging]`: `"stdout"`, `"stderr"` or a file path (relative to `baseDir`) for the core, and
 * per service under `services`; a service without an entry logs with the core.
 *
 * @public
 */
export interface LoggingConfig {
  destination?: string;
  services?: Record<string, { destination: string }>;
}

/** How start-up messages name the config: the file when there is one, else a generic name. */
export function configSourceName(config: SwitchyardConfig): string {
  return config.configSource ?? config.configFile ?? 'switchyard.toml';
}
