import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import pino, { type LoggerOptions } from 'pino';
import { type SwitchyardConfig, configSourceName } from '../config/config.js';
import { ConfigError } from '../errors.js';
import { type OpenDestination, openLogDestination, resolveLogDestination } from './log-destination.js';

/**
 * Where the server's lines go, from `[logging]`: the core's to `destination`, each service with
 * `[logging.services.<service>] destination` to its own, so core lines never reach a service's
 * file and a service's lines never reach the core's (or another service's).
 */
export interface ServerLogging {
  /** Fastify's logger options for the app: the core's logger. */
  fastify: Pick<FastifyServerOptions, 'logger' | 'loggerInstance'>;
  /** The root logger of a service with a destination of its own, made from the core's; undefined: it logs with the core. */
  serviceLogger(service: string, core: FastifyBaseLogger): FastifyBaseLogger | undefined;
  /** Flushes and closes the files opened. */
  close(): Promise<void>;
}

/**
 * `logger` is BuildAppOptions.logger (false: no logs at all, whatever `[logging]` says).
 * Throws `ConfigError` when two destinations are one, naming both keys.
 */
export function openServerLogging(config: SwitchyardConfig, logger: FastifyServerOptions['logger']): ServerLogging {
  const resolved = resolveDestinations(config);
  checkDistinct(config, resolved);
  const opened: OpenDestination[] = [];
  const open = (destination: string) => {
    const destinationStream = openLogDestination(destination);
    opened.push(destinationStream);
    return destinationStream.stream;
  };
  const enabled = logger !== undefined && logger !== false;
  const options: LoggerOptions = logger === true || !enabled ? {} : (logger as LoggerOptions);
  const coreStream = enabled && resolved.core !== undefined ? open(resolved.core) : undefined;
  return {
    fastify: coreStream === undefined ? { logger: logger ?? false } : { loggerInstance: pino({ ...options, level: options.level ?? 'info' }, coreStream) },
    serviceLogger: (service, core) => {
      const destination = Object.hasOwn(resolved.services, service) ? resolved.services[service] : undefined;
      if (!enabled || destination === undefined) return undefined;
      // Fastify's request and error serializers, so a service's lines read like the core's.
      const serializers = (core as unknown as Record<symbol, LoggerOptions['serializers']>)[pino.symbols.serializersSym];
      return pino({ level: core.level, serializers }, open(destination));
    },
    close: async () => {
      await Promise.all(opened.map((destination) => destination.close()));
    },
  };
}

interface ResolvedDestinations {
  core?: string;
  services: Record<string, string>;
}

function resolveDestinations(config: SwitchyardConfig): ResolvedDestinations {
  const logging = config.logging ?? {};
  const services: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [service, entry] of Object.entries(logging.services ?? {})) services[service] = resolveLogDestination(entry.destination, config.baseDir);
  // A service with a destination of its own keeps the core on stdout, its default.
  const core = logging.destination ?? (Object.keys(services).length > 0 ? 'stdout' : undefined);
  return { core: core === undefined ? undefined : resolveLogDestination(core, config.baseDir), services };
}

/** Each destination belongs to one writer: the core's or one service's. */
function checkDistinct(config: SwitchyardConfig, resolved: ResolvedDestinations): void {
  const owners = new Map<string, string>();
  if (resolved.core !== undefined) owners.set(resolved.core, '[logging] destination');
  for (const [service, destination] of Object.entries(resolved.services)) {
    const key = `[logging.services.${service}] destination`;
    const owner = owners.get(destination);
    if (owner !== undefined) {
      throw new ConfigError(
        `${configSourceName(config)}: ${key} is ${JSON.stringify(config.logging?.services?.[service]?.destination)}, which ${owner} already writes to; ` +
          `expected a destination of its own (another file), so ${service}'s lines are never mixed with others'`,
      );
    }
    owners.set(destination, key);
  }
}

/** Refuses `[logging.services.<name>]` naming a service that is not loaded (`loaded`: their names). */
export function checkLoggedServices(config: SwitchyardConfig, loaded: readonly string[]): void {
  const unknown = Object.keys(config.logging?.services ?? {}).find((service) => !loaded.includes(service));
  if (unknown === undefined) return;
  const expected = loaded.length === 0 ? 'no [logging.services] table: service_plugins loads no service' : `one of the loaded services: ${loaded.join(', ')}`;
  throw new ConfigError(`${configSourceName(config)}: [logging.services.${unknown}] names a service the server does not load; expected ${expected}`);
}
