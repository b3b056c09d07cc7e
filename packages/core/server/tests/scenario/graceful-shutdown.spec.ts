import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ServerProcess, assertServerBuilt, expectLogged, freePort, startServerProcess } from '../../src/testing.js';
import { type TempDir, makeTempDir } from '../host/fixtures.js';

let dir: TempDir;
let running: ServerProcess | undefined;

beforeAll(assertServerBuilt);
beforeEach(() => {
  dir = makeTempDir();
  writeSlowPlugin(dir);
});
afterEach(async () => {
  await running?.stop();
  running = undefined;
  dir.remove();
});

/** A stable plugin with one route that answers after `?ms=`: a request still in flight at SIGTERM. */
function writeSlowPlugin(target: TempDir): void {
  const root = 'node_modules/@switchyard/slow';
  target.write(
    `${root}/package.json`,
    JSON.stringify({
      name: '@switchyard/slow',
      version: '1.0.0',
      type: 'module',
      exports: { '.': './index.js', './package.json': './package.json' },
      switchyard: { stability: 'stable', enteredCycle: 1, blueprint: 'BP-0099' },
    }),
  );
  target.write(
    `${root}/index.js`,
    `export default {
  kind: 'switchyard-service-plugin',
  name: 'slow',
  description: 'Answers late',
  extension: { alias: 'slow', name: 'Slow', description: 'Answers late', updated: '2025-01-01T00:00:00Z' },
  resources: [],
  migrations: {},
  routes: async (app) => {
    app.get('/v2.0/slow', async (request) => {
      await new Promise((resolve) => setTimeout(resolve, Number(request.query.ms)));
      return { slept: Number(request.query.ms) };
    });
  },
};
`,
  );
}

async function start(server: string): Promise<ServerProcess> {
  dir.write(
    'switchyard.toml',
    `service_plugins = ["slow"]\n[server]\nport = ${await freePort()}\n${server}\n[database]\nurl = "sqlite:state/switchyard.db"\n`,
  );
  return startServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'] });
}

function pidOf(server: ServerProcess): number {
  const pid = server.logEntries().find((entry) => typeof entry.pid === 'number')?.pid;
  if (typeof pid !== 'number') throw new Error(`no pid in the log:\n${server.output()}`);
  return pid;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('switchyard-server: graceful shutdown', () => {
  it('on SIGTERM answers /readyz 503 while draining, finishes the request in flight, then exits 0', async () => {
    running = await start('drain_seconds = 1\nshutdown_grace_seconds = 10');
    const { url } = running;
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const inFlight = fetch(`${url}/v2.0/slow?ms=1500`);
    await wait(200);
    const stopped = running.stop();
    await wait(300);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'the server is shutting down' });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ slept: 1500 });
    const result = await stopped;
    running = undefined;
    expect(result.code).toBe(0);
    const messages = result.stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages).toEqual(expect.arrayContaining(['switchyard-server shutting down', 'switchyard-server stopped']));
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('does the same on SIGINT', async () => {
    running = await start('shutdown_grace_seconds = 10');
    const inFlight = fetch(`${running.url}/v2.0/slow?ms=800`);
    await wait(200);
    process.kill(pidOf(running), 'SIGINT');
    expect((await inFlight).status).toBe(200);
    const result = await running.stop();
    running = undefined;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"signal":"SIGINT"');
  });

  it('cuts requests still open when the grace period ends and exits 1, saying so', async () => {
    expectLogged(/requests still open after 1000 ms were cut off/);
    running = await start('shutdown_grace_seconds = 1');
    const inFlight = fetch(`${running.url}/v2.0/slow?ms=8000`).then(
      (response) => response.status,
      () => 'cut',
    );
    await wait(200);
    const startedAt = Date.now();
    const result = await running.stop();
    running = undefined;
    expect(await inFlight).toBe('cut');
    expect(result.code).toBe(1);
    expect(Date.now() - startedAt).toBeLessThan(6000);
    expect(result.stdout).toContain('requests still open after 1000 ms were cut off');
  });
});
