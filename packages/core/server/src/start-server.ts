import type { FastifyInstance } from 'fastify';
import { type BuildAppOptions, buildApp } from './app.js';
import { explainDatabaseError } from './config/explain-database-error.js';
import { StartupError } from './errors.js';

/** @public */
export interface RunningServer {
  app: FastifyInstance;
  /** The address it listens on, such as `http://127.0.0.1:9696`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Builds the app and listens on the configured host and port. A database that cannot be opened
 * is a `ConfigError` naming the setting to change.
 *
 * @public
 */
export async function startServer(options: BuildAppOptions): Promise<RunningServer> {
  const app = await buildApp(options).catch((error: unknown) => {
    throw explainDatabaseError(error, options.config);
  });
  const { host, port } = options.config.server;
  let url: string;
  try {
    url = await app.listen({ host, port });
  } catch (error) {
    await app.close();
    throw listenError(error as NodeJS.ErrnoException, host, port);
  }
  app.log.info({ url }, `switchyard-server listening at ${url}`);
  return { app, url, close: () => app.close() };
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `cannot listen on ${host}:${port}`;
  const change = 'choose another with --port, SWITCHYARD_PORT or [server] port';
  const reasons: Record<string, string> = {
    EADDRINUSE: `the port is already in use; stop the other process or ${change}`,
    EACCES: `permission denied; ${change} (ports below 1024 need privileges)`,
    EADDRNOTAVAIL: 'no such local address; set --host, SWITCHYARD_HOST or [server] host to an address of this machine',
    ENOTFOUND: 'the host name does not resolve; set --host, SWITCHYARD_HOST or [server] host to an address of this machine',
  };
  const reason = error.code === undefined ? undefined : reasons[error.code];
  return reason === undefined ? error : new StartupError(`${where}: ${reason}`, { cause: error });
}
