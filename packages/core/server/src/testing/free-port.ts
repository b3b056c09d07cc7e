import { createServer } from 'node:net';

/**
 * A port nobody listens on right now, for a server process's `[server] port`: the OS picks it,
 * and it is released again before the server binds it.
 *
 * @public
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('the OS assigned no port');
  return address.port;
}
