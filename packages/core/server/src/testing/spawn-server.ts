import { type ChildProcess, spawn } from 'node:child_process';
import { SERVER_BIN } from './server-bin.js';

/**
 * How a server process is run.
 *
 * @public
 */
export interface ServerProcessOptions {
  /** The folder it runs in: a relative `--config`, and relative paths in the config, start here. */
  cwd: string;
  /** Its command-line arguments, e.g. `['--config', 'switchyard.toml']`. */
  args?: readonly string[];
  /** Variables set for it, on top of the caller's environment less its `SWITCHYARD_*` variables. */
  env?: Readonly<Record<string, string>>;
}

/**
 * How a server process ended, and everything it wrote.
 *
 * @public
 */
export interface ServerProcessResult {
  /** The exit code; `null` when a signal ended the process. */
  code: number | null;
  /** The signal that ended it (`SIGKILL`: it outlasted the harness's timeout), or `null`. */
  signal: NodeJS.Signals | null;
  /** All it wrote to stdout: its JSON log lines, or what `--help` and `--version` print. */
  stdout: string;
  /** All it wrote to stderr: a refused start-up's one-line reason. */
  stderr: string;
}

/** A spawned server: its streams as collected so far, and its end. */
export interface SpawnedServer {
  child: ChildProcess;
  streams: { stdout: string; stderr: string };
  exited: Promise<ServerProcessResult>;
}

/** How long a start-up, a run or a stop may take: the server's own shutdown gives up after 10 s. */
export const PROCESS_TIMEOUT_MS = 15_000;

export function spawnServer(options: ServerProcessOptions): SpawnedServer {
  const child = spawn(process.execPath, [SERVER_BIN, ...(options.args ?? [])], {
    cwd: options.cwd,
    env: testEnvironment(options.env ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const streams = { stdout: '', stderr: '' };
  // Decoded as a stream, so a character split across two chunks stays whole.
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (streams.stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (streams.stderr += chunk));
  // A failed spawn (no such cwd) would throw in the test runner; as stderr it reaches the test's result.
  child.on('error', (error) => (streams.stderr += `${error.message}\n`));
  const exited = new Promise<ServerProcessResult>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, ...streams }));
  });
  outliveNoTestRunner(child, exited);
  return { child, streams, exited };
}

/** Servers still running, killed when the test runner's process exits. */
const running = new Set<ChildProcess>();
let killOnExitInstalled = false;

/**
 * A test that times out never stops its server, and the runner exits without waiting for it:
 * the server would run on, orphaned, holding its port and a core. It goes with the runner.
 */
function outliveNoTestRunner(child: ChildProcess, exited: Promise<ServerProcessResult>): void {
  running.add(child);
  void exited.then(() => running.delete(child));
  if (killOnExitInstalled) return;
  killOnExitInstalled = true;
  process.once('exit', () => {
    for (const server of running) server.kill('SIGKILL');
  });
}

/** The end of the process; one still running after `PROCESS_TIMEOUT_MS` is killed, so a hang fails its test instead of stalling the suite. */
export function exitWithinTimeout(server: SpawnedServer): Promise<ServerProcessResult> {
  const timer = setTimeout(() => server.child.kill('SIGKILL'), PROCESS_TIMEOUT_MS);
  return server.exited.finally(() => clearTimeout(timer));
}

/** The caller's SWITCHYARD_* variables would override the test's config file, so they are dropped. */
function testEnvironment(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !key.startsWith('SWITCHYARD_'));
  return { ...Object.fromEntries(inherited), ...extra };
}
