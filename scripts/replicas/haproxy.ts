import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** A replica as HAProxy sees it: a name and a loopback port. */
export interface Backend {
  name: string;
  port: number;
}

/**
 * The load balancer an operator would run (README, "Running several servers"): each request to the
 * replica with the fewest in flight (with more replicas than cores, round robin keeps queueing
 * requests on one the kernel has descheduled: bench:replicas measured 3 replicas at 0.91 of one),
 * each replica health-checked on /readyz every 300 ms (down after 3 failures, up after 2 passes; a
 * check may take 2 s, as a loaded replica's may), a refused connection retried on another replica,
 * one server connection per request (so none is reused after a replica closed it), and
 * `x-replica` naming who answered, also on HAProxy's own error pages.
 */
export function haproxyConfig(frontendPort: number, backends: readonly Backend[]): string {
  return `global
  maxconn 4096

defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  timeout http-request 10s
  timeout check 2s
  retries 3
  option redispatch 1
  option http-server-close

frontend api
  bind 127.0.0.1:${frontendPort}
  default_backend replicas

backend replicas
  balance leastconn
  option httpchk GET /readyz
  http-check expect status 200
  default-server inter 300ms fall 3 rise 2
  http-after-response set-header x-replica %[srv_name]
${backends.map((backend) => `  server ${backend.name} 127.0.0.1:${backend.port} check`).join('\n')}
`;
}

export interface RunningHaproxy {
  url: string;
  stop(): Promise<void>;
}

/** Runs `haproxy -db` (foreground) on the written config; rejects when it exits during start-up. */
export async function startHaproxy(folder: string, frontendPort: number, backends: readonly Backend[], name = 'haproxy'): Promise<RunningHaproxy> {
  const file = path.join(folder, `${name}.cfg`);
  writeFileSync(file, haproxyConfig(frontendPort, backends));
  const child = spawn('haproxy', ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const url = `http://127.0.0.1:${frontendPort}`;
  await waitForFrontend(url, exited, () => output);
  return { url, stop: () => stopChild(child, exited) };
}

async function waitForFrontend(url: string, exited: Promise<number | null>, output: () => string): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (gone) throw new Error(`haproxy exited at start-up:\n${output()}`);
    const answered = await fetch(`${url}/healthz`).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`haproxy did not listen on ${url} within 10 s:\n${output()}`);
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  child.kill('SIGTERM');
  await exited;
}
