import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, openDatabase } from '@switchyard/db';
import { sql } from '@switchyard/sdk';
import { type ServerProcess, freePort, startServerProcess } from '@switchyard/server/testing';
import { assertBuilt, firewallStability } from '../scenario/server-process.js';

/**
 * The firewall's side of the Postgres concurrency suite: two `switchyard-server` processes with the
 * firewall loaded, on one fresh database. (The core's suite cannot load a preview, so this one
 * lives here, with the same kind of assertions.)
 */
export interface FirewallCluster {
  urls: string[];
  database: Database;
  errorLogs(): string[];
  refusedChanges(): string[];
  stop(): Promise<void>;
}

export async function startFirewallCluster(): Promise<FirewallCluster> {
  assertBuilt();
  const serverUrl = process.env.SWITCHYARD_TEST_DATABASE_URL;
  if (!serverUrl?.startsWith('postgres')) throw new Error('SWITCHYARD_TEST_DATABASE_URL names no Postgres server; run `npm run test:postgres`.');
  const name = `switchyard_firewall_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await runOnServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'switchyard-firewall-pg-'));
  const servers: ServerProcess[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(dir, { recursive: true, force: true });
    await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  try {
    // One after the other, so that the first runs the migrations alone.
    for (const server of ['a', 'b']) {
      writeFileSync(path.join(dir, `${server}.toml`), await configText(url.toString()));
      servers.push(await startServerProcess({ cwd: dir, args: ['--config', `${server}.toml`] }));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const database = await openDatabase({ url: url.toString() });
  const logLines = () => servers.flatMap((server) => server.logEntries());
  return {
    urls: servers.map((server) => server.url),
    database,
    errorLogs: () => logLines().filter((entry) => entry.level >= 50).map((entry) => JSON.stringify(entry)),
    refusedChanges: () => logLines().filter((entry) => entry.msg?.startsWith('the database refused a change')).map((entry) => entry.msg ?? ''),
    stop: async () => {
      await database.close();
      await stop();
    },
  };
}

async function configText(databaseUrl: string): Promise<string> {
  return [
    'auth_strategy = "noauth"',
    'service_plugins = ["firewall"]',
    '[server]',
    `port = ${await freePort()}`,
    '[database]',
    `url = "${databaseUrl}"`,
    // Each race round makes new groups in one project; rounds add up past Neutron's default of 10.
    '[quotas]',
    'firewall_group = -1',
    ...(firewallStability === 'preview' ? ['[preview]', 'enabled = ["firewall"]'] : []),
    '',
  ].join('\n');
}

async function runOnServer(url: string, statement: string): Promise<void> {
  const server = await openDatabase({ url });
  try {
    await sql.raw(statement).execute(server.db);
  } finally {
    await server.close();
  }
}

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads whatever the API answers
  body: any;
}

interface Exchange extends Answer {
  request: string;
  allowed: readonly string[];
}

/** Requests spread over both servers; every answer is kept and checked at the end. */
export class Traffic {
  readonly exchanges: Exchange[] = [];
  #next = 0;

  constructor(private readonly urls: readonly string[]) {}

  async send(method: 'GET' | 'POST' | 'PUT' | 'DELETE', apiPath: string, body: unknown, allowed: readonly string[]): Promise<Answer> {
    const url = this.urls[this.#next++ % this.urls.length];
    const response = await fetch(`${url}${apiPath}`, {
      method,
      headers: { 'x-project-id': 'concurrency', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const answer: Answer = { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
    this.exchanges.push({ ...answer, request: `${method} ${apiPath} ${body === undefined ? '' : JSON.stringify(body)}`, allowed });
    return answer;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  async must(method: 'GET' | 'POST' | 'PUT' | 'DELETE', apiPath: string, body?: unknown): Promise<any> {
    const answer = await this.send(method, apiPath, body, ['200', '201', '204']);
    if (answer.status >= 300) throw new Error(`${method} ${apiPath} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** 5xx answers, 4xx answers without a NeutronError, and answers the workload did not allow. */
  problems(): string[] {
    return this.exchanges.flatMap((exchange) => {
      const where = `${exchange.request} -> ${exchange.status} ${JSON.stringify(exchange.body)}`;
      const type = exchange.body?.NeutronError?.type;
      if (exchange.status >= 500) return [`server error: ${where}`];
      if (exchange.status >= 400 && (typeof type !== 'string' || typeof exchange.body.NeutronError.message !== 'string')) return [`4xx without a NeutronError body: ${where}`];
      const outcome = exchange.status >= 400 ? `${exchange.status} ${type}` : String(exchange.status);
      return exchange.allowed.includes(outcome) ? [] : [`unexpected ${outcome} (allowed: ${exchange.allowed.join(', ')}): ${where}`];
    });
  }

  tally(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const exchange of this.exchanges) {
      const kind = exchange.request.split(' ').slice(0, 2).join(' ').replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}');
      const outcome = exchange.status >= 400 ? `${exchange.status} ${exchange.body?.NeutronError?.type}` : String(exchange.status);
      counts[`${kind} -> ${outcome}`] = (counts[`${kind} -> ${outcome}`] ?? 0) + 1;
    }
    return counts;
  }
}

export function jitter(maxMs = 15): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * maxMs));
}
