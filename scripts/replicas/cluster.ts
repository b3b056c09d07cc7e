import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assertServerBuilt, freePort } from '@switchyard/server/testing';
import { type Backend, type RunningHaproxy, startHaproxy } from './haproxy.js';
import type { InstalledPlugin } from './installed-plugins.js';
import { ReplicaProcess } from './replica-process.js';

/** A replica of the cluster: its config stays, its process comes and goes. */
export interface Replica extends Backend {
  url: string;
  process: ReplicaProcess | undefined;
}

export interface ClusterOptions {
  databaseUrl: string;
  replicas: number;
  plugins: readonly InstalledPlugin[];
}

/**
 * N `switchyard-server` processes on one PostgreSQL database behind HAProxy, all on loopback.
 * Replicas start together, as after a deploy: one migrates, the others wait (issue 11).
 */
export class Cluster {
  readonly replicas: Replica[] = [];
  haproxy: RunningHaproxy | undefined;
  readonly folder = mkdtempSync(path.join(tmpdir(), 'switchyard-replicas-'));

  constructor(private readonly options: ClusterOptions) {}

  get url(): string {
    if (this.haproxy === undefined) throw new Error('the cluster is not started');
    return this.haproxy.url;
  }

  async start(): Promise<void> {
    assertServerBuilt();
    for (let index = 1; index <= this.options.replicas; index++) {
      const port = await freePort();
      const name = `r${index}`;
      writeFileSync(path.join(this.folder, `${name}.toml`), replicaConfig(this.options, port));
      this.replicas.push({ name, port, url: `http://127.0.0.1:${port}`, process: undefined });
    }
    await Promise.all(this.replicas.map((replica) => this.startReplica(replica)));
    this.haproxy = await startHaproxy(this.folder, await freePort(), this.replicas);
    await this.waitUntilBalanced();
  }

  async startReplica(replica: Replica): Promise<void> {
    replica.process = await ReplicaProcess.start(this.folder, `${replica.name}.toml`, replica.url);
  }

  /** SIGKILL: no drain, no goodbye; what a crash or an OOM kill looks like. */
  kill(replica: Replica): void {
    replica.process?.kill();
    replica.process = undefined;
  }

  /** SIGTERM and the exit code: 0 when every request in flight finished. */
  async stopReplica(replica: Replica): Promise<number | null> {
    const code = (await replica.process?.stop()) ?? null;
    replica.process = undefined;
    return code;
  }

  /** Every replica answers /readyz, and HAProxy has had time for its `rise 2` checks (300 ms apart). */
  async waitUntilBalanced(): Promise<void> {
    for (const replica of this.replicas) await waitReady(replica.url);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }

  async stop(): Promise<void> {
    await this.haproxy?.stop();
    await Promise.all(this.replicas.map((replica) => replica.process?.stop()));
    rmSync(this.folder, { recursive: true, force: true });
  }
}

function replicaConfig(options: ClusterOptions, port: number): string {
  const previews = options.plugins.filter((plugin) => plugin.stability === 'preview').map((plugin) => plugin.service);
  return [
    `service_plugins = ${JSON.stringify(options.plugins.map((plugin) => plugin.service))}`,
    '[server]',
    `port = ${port}`,
    // Request lines would cost the 2 cores more than the replicas' work; warnings and errors stay.
    'log_level = "warn"',
    // Well above HAProxy's 3 x 300 ms checks: it stops routing here before the listener closes.
    'drain_seconds = 2',
    'shutdown_grace_seconds = 10',
    '[database]',
    `url = "${options.databaseUrl}"`,
    'pool_size = 8',
    'statement_timeout_ms = 10000',
    '[metrics]',
    'enabled = "yes"',
    // The workload keeps half of what it creates in one project: quotas would refuse it, not a replica.
    '[quotas]',
    ...['network', 'subnet', 'port', 'router', ...options.plugins.flatMap((plugin) => plugin.quotaResources)].map((resource) => `${resource} = -1`),
    '[preview]',
    `enabled = ${JSON.stringify(previews)}`,
    '',
  ].join('\n');
}

export async function waitReady(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(`${url}/readyz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url}/readyz did not answer 200 within ${timeoutMs} ms`);
}
