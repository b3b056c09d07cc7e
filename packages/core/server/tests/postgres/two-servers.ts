import { type ServerProcess, assertServerBuilt, freePort, startServerProcess } from '../../src/testing.js';
import { makeTempDir } from '../host/fixtures.js';

/** Two `switchyard-server` processes on one database: what an operator runs behind a load balancer. */
export interface ServerPair {
  urls: [string, string];
  /** Lines the servers logged at `error` or above, for the failure message of a 5xx. */
  errorLogs(): string[];
  /** How many times a server answered a race the database refused (the error handler's warning). */
  refusedChanges(): string[];
  stop(): Promise<void>;
}

/** Starts both on `databaseUrl`, one after the other, so the first runs the migrations alone. */
export async function startServerPair(databaseUrl: string, extraConfig: readonly string[] = []): Promise<ServerPair> {
  assertServerBuilt();
  const dir = makeTempDir();
  const started: ServerProcess[] = [];
  try {
    for (const name of ['a', 'b']) {
      const config = ['auth_strategy = "noauth"', ...extraConfig, '[server]', `port = ${await freePort()}`, '[database]', `url = "${databaseUrl}"`];
      dir.write(`${name}.toml`, `${config.join('\n')}\n`);
      started.push(await startServerProcess({ cwd: dir.root, args: ['--config', `${name}.toml`] }));
    }
  } catch (error) {
    await Promise.all(started.map((server) => server.stop()));
    dir.remove();
    throw error;
  }
  const logEntries = () => started.flatMap((server) => server.logEntries());
  return {
    urls: [started[0].url, started[1].url],
    errorLogs: () => logEntries().filter((entry) => entry.level >= 50).map((entry) => JSON.stringify(entry)),
    refusedChanges: () =>
      logEntries()
        .filter((entry) => entry.msg?.startsWith('the database refused a change'))
        .map((entry) => entry.msg ?? ''),
    stop: async () => {
      await Promise.all(started.map((server) => server.stop()));
      dir.remove();
    },
  };
}

export interface Answer {
  status: number;
  // Tests read whatever the API answered.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** One request as sent, with its answer and what the workload allowed it to answer. */
export interface Exchange extends Answer {
  request: string;
  /** Allowed outcomes: a status ("201") or a status and Neutron error type ("404 NetworkNotFound"). */
  allowed: readonly string[];
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Sends requests to both servers in turn and keeps every answer, so a test can assert on all of
 * them at the end: no 5xx, every 4xx a NeutronError, every answer one the workload allows.
 */
export class Traffic {
  readonly exchanges: Exchange[] = [];
  #next = 0;

  constructor(
    private readonly urls: readonly string[],
    private readonly project = 'concurrency',
  ) {}

  /** A request whose every outcome in `allowed` is fine (racing work). */
  async send(method: Method, path: string, body: unknown, allowed: readonly string[]): Promise<Answer> {
    const url = this.urls[this.#next++ % this.urls.length];
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'x-project-id': this.project, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const answer = { status: response.status, body: text === '' ? undefined : parseJson(text) };
    this.exchanges.push({ ...answer, request: `${method} ${path} ${body === undefined ? '' : JSON.stringify(body)}`, allowed });
    return answer;
  }

  /** A request that must succeed (set-up and clean-up); throws with the answer otherwise. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async must(method: Method, path: string, body?: unknown): Promise<any> {
    const answer = await this.send(method, path, body, ['200', '201', '204']);
    if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** Answers with a 5xx, answers without a NeutronError body, and answers outside what was allowed. */
  problems(): string[] {
    return this.exchanges.flatMap((exchange) => {
      const outcome = outcomeOf(exchange);
      const where = `${exchange.request} -> ${exchange.status} ${JSON.stringify(exchange.body)}`;
      if (exchange.status >= 500) return [`server error: ${where}`];
      if (exchange.status >= 400 && !isNeutronError(exchange.body)) return [`4xx without a NeutronError body: ${where}`];
      if (!exchange.allowed.includes(outcome) && !exchange.allowed.includes(String(exchange.status))) {
        return [`unexpected ${outcome} (allowed: ${exchange.allowed.join(', ')}): ${where}`];
      }
      return [];
    });
  }

  /** How often each outcome happened per kind of request, to show the races were really run. */
  tally(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const exchange of this.exchanges) {
      const kind = exchange.request.split(' ').slice(0, 2).join(' ').replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}');
      const key = `${kind} -> ${outcomeOf(exchange)}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }
}

function outcomeOf(answer: Answer): string {
  return answer.status >= 400 && isNeutronError(answer.body) ? `${answer.status} ${answer.body.NeutronError.type}` : String(answer.status);
}

function isNeutronError(body: unknown): body is { NeutronError: { type: string; message: string } } {
  const error = (body as { NeutronError?: { type?: unknown; message?: unknown } } | undefined)?.NeutronError;
  return typeof error?.type === 'string' && typeof error.message === 'string' && error.message !== '';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Waits a random few milliseconds, so racing requests overlap differently in every round. */
export function jitter(maxMs = 15): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * maxMs));
}
