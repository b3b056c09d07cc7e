import { reportProcessOutput } from './log-guard.js';
import { type ServerLogEntry, parseLogLines } from './log-lines.js';
import {
  PROCESS_TIMEOUT_MS,
  type ServerProcessOptions,
  type ServerProcessResult,
  type SpawnedServer,
  exitWithinTimeout,
  spawnServer,
} from './spawn-server.js';

/**
 * A running `switchyard-server` process.
 *
 * @public
 */
export interface ServerProcess {
  /** Where it listens, as its "switchyard-server listening" line says: `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Everything it wrote to stdout so far: its JSON log lines. */
  output(): string;
  /** The same lines, parsed. */
  logEntries(): ServerLogEntry[];
  /** Sends SIGTERM and waits for the exit (a process that outlasts its own shutdown is killed). */
  stop(): Promise<ServerProcessResult>;
}

/**
 * Starts the real, built `switchyard-server` ({@link SERVER_BIN}) and resolves once it logs
 * where it listens. Rejects, with what it wrote, if it exits first or has not listened within
 * 15 s (it is killed then). Stop it with `stop()`, in an `afterEach` or `afterAll`.
 *
 * @public
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const server = spawnServer(options);
  const url = await listeningUrl(server);
  return {
    url,
    output: () => server.streams.stdout,
    logEntries: () => parseLogLines(server.streams.stdout),
    stop: () => {
      server.child.kill('SIGTERM');
      return reportedAtExit(exitWithinTimeout(server));
    },
  };
}

/**
 * Runs `switchyard-server` to its end: a refused start-up, `--help`, `--list-migrations`. A run
 * still going after 15 s is killed (`code: null`, `signal: 'SIGKILL'`).
 *
 * @public
 */
export function runServerProcess(options: ServerProcessOptions): Promise<ServerProcessResult> {
  return reportedAtExit(exitWithinTimeout(spawnServer(options)));
}

/** A process's output reaches the test log guard when it ends, so its error lines are asserted or none. */
async function reportedAtExit(exited: Promise<ServerProcessResult>): Promise<ServerProcessResult> {
  const result = await exited;
  reportProcessOutput(result.stdout, result.stderr);
  return result;
}

function listeningUrl(server: SpawnedServer): Promise<string> {
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      server.child.kill('SIGKILL');
    }, PROCESS_TIMEOUT_MS);
    const onOutput = () => {
      const listening = parseLogLines(server.streams.stdout).find((entry) => entry.msg?.startsWith('switchyard-server listening'));
      if (typeof listening?.url !== 'string') return;
      clearTimeout(timer);
      server.child.stdout?.off('data', onOutput);
      resolve(listening.url);
    };
    server.child.stdout?.on('data', onOutput);
    void server.exited.then((result) => {
      clearTimeout(timer);
      const why = timedOut ? `did not listen within ${PROCESS_TIMEOUT_MS} ms and was killed` : `exited with ${result.code ?? result.signal} before listening`;
      reject(new Error(`switchyard-server ${why}:\n${result.stderr}${result.stdout}`));
    });
  });
}
