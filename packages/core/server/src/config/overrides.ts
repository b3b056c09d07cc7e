import { ConfigError } from '../errors.js';
import type { ServerArguments } from './arguments.js';
import { LOG_LEVELS, type LogLevel } from './config.js';
import { DATABASE_URL_EXPECTED, HOST_EXPECTED, PORT_EXPECTED, isDatabaseUrl, isHost, parsePort } from './values.js';

/** Values given on the command line or in the environment; they win over the config file. */
export interface ConfigOverrides {
  configFile?: Override;
  host?: string;
  port?: number;
  logLevel?: LogLevel;
  databaseUrl?: string;
  /** `--database-url` or `SWITCHYARD_DATABASE_URL`, so start-up errors name the one to change. */
  databaseUrlOrigin?: string;
}

/** A raw override and where it came from (`--config`, `SWITCHYARD_CONFIG`), so messages name it. */
export interface Override {
  value: string;
  origin: string;
}

const LOG_LEVELS_EXPECTED = `one of ${LOG_LEVELS.join(', ')}`;

type Environment = Record<string, string | undefined>;

/** Flags win over environment variables; each bad value names the flag or variable it came from. */
export function readOverrides(args: ServerArguments, env: Environment): ConfigOverrides {
  const host = pick(args.host, '--host', env, 'SWITCHYARD_HOST');
  const port = pick(args.port, '--port', env, 'SWITCHYARD_PORT');
  const databaseUrl = pick(args.databaseUrl, '--database-url', env, 'SWITCHYARD_DATABASE_URL');
  const logLevel = pick(args.logLevel, '--log-level', env, 'SWITCHYARD_LOG_LEVEL');
  return {
    configFile: pick(args.config, '--config', env, 'SWITCHYARD_CONFIG'),
    host: host && checked(host, isHost(host.value), HOST_EXPECTED),
    port: port && readPortOverride(port),
    logLevel: logLevel && (checked(logLevel, LOG_LEVELS.includes(logLevel.value as LogLevel), LOG_LEVELS_EXPECTED) as LogLevel),
    databaseUrl: databaseUrl && checked(databaseUrl, isDatabaseUrl(databaseUrl.value), DATABASE_URL_EXPECTED),
    databaseUrlOrigin: databaseUrl?.origin,
  };
}

function pick(flagValue: string | undefined, flag: string, env: Environment, variable: string): Override | undefined {
  if (flagValue !== undefined) return { value: flagValue, origin: flag };
  const fromEnvironment = env[variable];
  // An empty variable is how shells "unset" in scripts (`SWITCHYARD_PORT= cmd`); treat it as absent.
  if (fromEnvironment === undefined || fromEnvironment === '') return undefined;
  return { value: fromEnvironment, origin: variable };
}

function readPortOverride(override: Override): number {
  const port = parsePort(override.value);
  if (port === undefined) throw invalidOverride(override, PORT_EXPECTED);
  return port;
}

function checked(override: Override, valid: boolean, expected: string): string {
  if (!valid) throw invalidOverride(override, expected);
  return override.value;
}

function invalidOverride(override: Override, expected: string): ConfigError {
  return new ConfigError(`${override.origin} is ${JSON.stringify(override.value)}; expected ${expected}`);
}
