import { type ChildProcess, spawn } from 'node:child_process';
import { SERVER_BIN } from '@switchyard/server/testing';

/**
 * One `switchyard-server` process of the cluster. Unlike the test harness's startServerProcess
 * (15 s to listen), start-up may take as long as `startTimeoutMs`: three replicas starting at
 * once, one migrating while two wait, on a busy 2-core machine.
 */
export class ReplicaProcess {
  #output = '';
  readonly #exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (this.#output += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.#output += chunk));
    this.#exited = new Promise((resolve) => child.on('close', (code) => resolve(code)));
  }

  static async start(cwd: string, config: string, url: string, startTimeoutMs = 60_000): Promise<ReplicaProcess> {
    const child = spawn(process.execPath, [SERVER_BIN, '--config', config], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const replica = new ReplicaProcess(child);
    await replica.#waitReady(url, startTimeoutMs);
    return replica;
  }

  get output(): string {
    return this.#output;
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }

  /** SIGTERM, then its exit code (killed when it outlasts `timeoutMs`). */
  async stop(timeoutMs = 20_000): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.child.exitCode;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    try {
      return await this.#exited;
    } finally {
      clearTimeout(timer);
    }
  }

  async #waitReady(url: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    void this.#exited.then(() => (exited = true));
    while (Date.now() < deadline && !exited) {
      const status = await fetch(`${url}/readyz`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    this.child.kill('SIGKILL');
    throw new Error(`switchyard-server at ${url} was not ready within ${timeoutMs} ms${exited ? ' (it exited)' : ''}:\n${this.#output}`);
  }
}
