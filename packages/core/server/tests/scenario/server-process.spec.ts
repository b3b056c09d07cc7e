import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ServerProcess, assertServerBuilt, freePort, runServerProcess, startServerProcess } from '../../src/testing.js';
import { type TempDir, makeTempDir } from '../host/fixtures.js';

let dir: TempDir;
let running: ServerProcess | undefined;

beforeAll(assertServerBuilt);
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(async () => {
  await running?.stop();
  running = undefined;
  dir.remove();
});

async function writeConfig(): Promise<void> {
  dir.write('switchyard.toml', `[server]\nport = ${await freePort()}\n[database]\nurl = "sqlite:switchyard.db"\n`);
}

describe('@switchyard/server/testing: the real server process', () => {
  it('runs this package\'s own built bin', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await runServerProcess({ cwd: dir.root, args: ['--version'] })).toEqual({ code: 0, signal: null, stdout: `${version}\n`, stderr: '' });
  });

  it('starts it, answers where it listens and what it logged, and stops it with SIGTERM', async () => {
    await writeConfig();
    running = await startServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'] });
    expect((await fetch(`${running.url}/`)).status).toBe(200);
    expect(running.logEntries()).toContainEqual(expect.objectContaining({ level: 30, url: running.url, msg: `switchyard-server listening at ${running.url}` }));
    expect(running.output().split('\n')[0]).toMatch(/^\{"level":/);

    const result = await running.stop();
    running = undefined;
    expect(result).toMatchObject({ code: 0, signal: null, stderr: '' });
    expect(result.stdout).toContain('"signal":"SIGTERM"');
  });

  it('drops the caller\'s SWITCHYARD_* variables and sets the ones asked for', async () => {
    await writeConfig();
    const port = await freePort();
    // Inherited, this one would point the server at a PostgreSQL that is not there.
    process.env.SWITCHYARD_DATABASE_URL = 'postgres://nobody@127.0.0.1:1/none';
    try {
      running = await startServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'], env: { SWITCHYARD_PORT: String(port) } });
    } finally {
      delete process.env.SWITCHYARD_DATABASE_URL;
    }
    expect(running.url).toBe(`http://127.0.0.1:${port}`);
  });

  it('answers a spawn that failed (no such folder) as a result, not a crash of the test run', async () => {
    const result = await runServerProcess({ cwd: path.join(dir.root, 'missing'), args: ['--version'] });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('ENOENT');
  });

  it('rejects with what the server wrote when it exits before listening', async () => {
    dir.write('switchyard.toml', '[server]\nport = "abc"\n');
    await expect(startServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'] })).rejects.toThrow(
      'switchyard-server exited with 1 before listening:\nswitchyard-server: switchyard.toml: [server] port is "abc"',
    );
  });
});
