import { createServer } from 'node:net';

/**
 * Below Linux's ephemeral range (32768-60999), from which the OS hands out the local ports of
 * outgoing connections and of `listen(0)`: a port the OS picked, once released, could be taken by
 * any client socket of a parallel test before the server binds it. Ports here are only ever taken
 * by a listener, so a pick stays free unless another test picks the same one at random.
 */
const PICK_FROM = 20_000;
const PICK_TO = 32_767;
const ATTEMPTS = 50;

/**
 * A port nobody listens on right now, for a server process's `[server] port`, picked at random
 * outside the OS's ephemeral range and released again before the server binds it.
 *
 * @public
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const port = PICK_FROM + Math.floor(Math.random() * (PICK_TO - PICK_FROM + 1));
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port between ${PICK_FROM} and ${PICK_TO} after ${ATTEMPTS} attempts`);
}

function canListen(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
