import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export interface ServerInCopy {
  url: string;
  /** Everything the server logged so far (JSON lines on stdout, errors on stderr). */
  output(): string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;

/**
 * Starts the copy's own built `switchyard-server` with a config file of the copy, on a free
 * loopback port and an in-memory database, and resolves once it answers.
 */
export async function startServerIn(root: string, configFile: string): Promise<ServerInCopy> {
  const port = await freePort();
  const bin = path.join(root, 'packages/core/server/dist/bin.js');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SWITCHYARD_')));
  const args = [bin, '--config', configFile, '--port', String(port), '--database-url', 'sqlite::memory:'];
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let logs = '';
  child.stdout.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url, exited, () => logs);
  return {
    url,
    output: () => logs,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

async function waitUntilServing(url: string, exited: Promise<void>, logs: () => string): Promise<void> {
  let stopped = false;
  void exited.then(() => (stopped = true));
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (stopped) throw new Error(`switchyard-server exited during start-up:\n${logs()}`);
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`switchyard-server did not answer on ${url} within ${STARTUP_TIMEOUT_MS / 1000} s:\n${logs()}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/`);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
