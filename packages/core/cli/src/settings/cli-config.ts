import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TomlError, parse } from 'smol-toml';
import { configError } from '../errors.js';

export const DEFAULT_CONFIG_FILE = 'switchyard.toml';

/** The few keys of the server's `switchyard.toml` the CLI reads; the server checks the rest. */
export interface CliConfig {
  /** How messages name the file. */
  source: string;
  /** Its directory: plugin packages are also resolved from there, as the server does. */
  directory: string;
  server: { host?: string; port?: number };
  servicePlugins: string[];
}

/**
 * Reads `--config <file>` (which must exist) or `./switchyard.toml` when there is one.
 * Returns undefined when neither applies: the CLI then runs on defaults.
 */
export function readCliConfig(cwd: string, explicitFile: string | undefined): CliConfig | undefined {
  const file = path.resolve(cwd, explicitFile ?? DEFAULT_CONFIG_FILE);
  const source = explicitFile ?? DEFAULT_CONFIG_FILE;
  if (!existsSync(file)) {
    if (explicitFile === undefined) return undefined;
    throw configError(`${source}: the config file does not exist (given by --config)`);
  }
  return { ...toCliConfig(parseToml(readFileSync(file, 'utf8'), source), source), directory: path.dirname(file) };
}

function parseToml(text: string, source: string): Record<string, unknown> {
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const reason = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
    throw configError(`${source}:${error.line}:${error.column}: invalid TOML: ${reason}`, error);
  }
}

function toCliConfig(table: Record<string, unknown>, source: string): Omit<CliConfig, 'directory'> {
  const server = (table.server ?? {}) as Record<string, unknown>;
  const { host, port } = server;
  if (host !== undefined && typeof host !== 'string') throw wrongType(source, 'server.host', host, 'a host name or address');
  if (port !== undefined && !(Number.isInteger(port) && (port as number) > 0 && (port as number) < 65536)) {
    throw wrongType(source, 'server.port', port, 'a port number from 1 to 65535');
  }
  const plugins = table.service_plugins ?? [];
  if (!Array.isArray(plugins) || !plugins.every((entry) => typeof entry === 'string')) {
    throw wrongType(source, 'service_plugins', plugins, 'a list of service or package names, such as ["firewall"]');
  }
  return { source, server: { host, port: port as number | undefined }, servicePlugins: plugins };
}

function wrongType(source: string, key: string, value: unknown, expected: string) {
  return configError(`${source}: ${key} is ${JSON.stringify(value)}; expected ${expected}`);
}
