import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real, built command: scenario tests run what `npm start` runs. */
export const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/bin.js');

export function assertBuilt(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing; build first: NX_DAEMON=false npx nx run @switchyard/server:build`);
}

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunningProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Sends SIGTERM and waits for the exit. */
  stop(): Promise<ProcessResult>;
}

/** Without the caller's SWITCHYARD_* variables, so only the test's own settings apply. */
function cleanEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SWITCHYARD_')));
  return { ...env, ...extra };
}

function spawnServer(args: string[], cwd: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cleanEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const streams = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (streams.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (streams.stderr += chunk.toString()));
  const exited = new Promise<ProcessResult>((resolve) => {
    child.on('close', (code) => resolve({ code, ...streams }));
  });
  return { child, streams, exited };
}

/** How long a run may take before it is killed, so a hung start-up fails its test instead of stalling the suite. */
const RUN_TIMEOUT_MS = 15_000;

/** Runs the server to completion (a refused start-up, `--help`); a killed run has `code: null`. */
export function runServer(args: string[], cwd: string, env: Record<string, string> = {}): Promise<ProcessResult> {
  const { child, exited } = spawnServer(args, cwd, env);
  const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
  return exited.finally(() => clearTimeout(timer));
}

/** Starts the server and resolves once it logs the address it listens on. */
export async function startServerProcess(args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunningProcess> {
  const { child, streams, exited } = spawnServer(args, cwd, env);
  const url = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const listening = streams.stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg?: string; url?: string })
        .find((line) => line.msg?.startsWith('switchyard-server listening'));
      if (listening?.url) resolve(listening.url);
    };
    child.stdout?.on('data', onData);
    void exited.then((result) => reject(new Error(`server exited with ${result.code} before listening: ${result.stderr}`)));
  });
  return {
    url,
    child,
    output: () => streams.stdout,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A port nobody listens on right now (the OS picks it; released before the server binds it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port assigned');
  return address.port;
}
