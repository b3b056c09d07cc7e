import { inputError } from '../errors.js';
import type { CliConfig } from './cli-config.js';

export const DEFAULT_URL = 'http://127.0.0.1:9696';

/** Where requests go and who they act as. */
export interface Connection {
  url: string;
  project?: string;
  token?: string;
}

export interface ConnectionFlags {
  url?: string;
  project?: string;
  token?: string;
}

/** Flags win over the environment, which wins over the config file, which wins over the default. */
export function resolveConnection(flags: ConnectionFlags, env: Record<string, string | undefined>, config: CliConfig | undefined): Connection {
  const url = flags.url ?? nonEmpty(env.SWITCHYARD_URL) ?? urlFromConfig(config) ?? DEFAULT_URL;
  return {
    url: checkUrl(url),
    project: flags.project ?? nonEmpty(env.SWITCHYARD_PROJECT),
    token: flags.token ?? nonEmpty(env.SWITCHYARD_TOKEN),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** The server's listen address; a wildcard address is reached through loopback. */
function urlFromConfig(config: CliConfig | undefined): string | undefined {
  const { host, port } = config?.server ?? {};
  if (host === undefined && port === undefined) return undefined;
  const reachable = host === undefined || host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const hostPart = reachable.includes(':') ? `[${reachable}]` : reachable;
  return `http://${hostPart}:${port ?? 9696}`;
}

function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw inputError(`the server URL ${JSON.stringify(url)} is not a URL; expected something like ${DEFAULT_URL}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw inputError(`the server URL ${JSON.stringify(url)} must start with http:// or https://`);
  }
  return url.replace(/\/+$/, '');
}
