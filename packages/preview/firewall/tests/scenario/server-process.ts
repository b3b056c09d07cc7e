import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { type Stability, readStabilityMetadata } from '@switchyard/sdk';

const require = createRequire(import.meta.url);

/** The real `switchyard-server` command, as installed: @switchyard/server's built bin. */
export const SERVER_BIN = path.join(path.dirname(require.resolve('@switchyard/server/package.json')), 'dist', 'bin.js');
/** The server loads this package through node_modules, so it runs the built plugin too. */
const FIREWALL_PACKAGE_JSON = require.resolve('@switchyard/firewall/package.json');
const FIREWALL_DIST = path.resolve(path.dirname(FIREWALL_PACKAGE_JSON), 'dist', 'index.js');
/** What the server will label the firewall: the `switchyard.stability` of the package it loads. */
export const firewallStability: Stability = readStabilityMetadata(
  JSON.parse(readFileSync(FIREWALL_PACKAGE_JSON, 'utf8')),
  FIREWALL_PACKAGE_JSON,
).stability;

export function assertBuilt(): void {
  for (const file of [SERVER_BIN, FIREWALL_DIST]) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing; build first: NX_DAEMON=false npx nx run @switchyard/firewall:build (builds the server too)`);
    }
  }
}

export interface RunningServer {
  url: string;
  /** Everything the server logged so far (JSON lines). */
  output(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `switchyard-server --config <file>` in `cwd` and resolves once it says where it listens. */
export async function startServer(configFile: string, cwd: string): Promise<RunningServer> {
  // Only the test's own settings apply, not the caller's SWITCHYARD_* variables.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SWITCHYARD_')));
  const child = spawn(process.execPath, [SERVER_BIN, '--config', configFile], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (logs.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (logs.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const url = await listeningUrl(child, logs, exited);
  return {
    url,
    output: () => logs.stdout,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

function listeningUrl(child: ChildProcess, logs: { stdout: string; stderr: string }, exited: Promise<number | null>): Promise<string> {
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', () => {
      const line = logs.stdout
        .split('\n')
        .filter((text) => text.startsWith('{'))
        .map((text) => JSON.parse(text) as { msg?: string; url?: string })
        .find((entry) => entry.msg?.startsWith('switchyard-server listening'));
      if (line?.url) resolve(line.url);
    });
    void exited.then((code) => reject(new Error(`switchyard-server exited with ${code} before listening:\n${logs.stderr}${logs.stdout}`)));
  });
}

/** A port free right now (the OS picks it; released before the server binds it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port assigned');
  return address.port;
}
