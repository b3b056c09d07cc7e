import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STABILITY_HEADER } from '@switchyard/sdk';
import { type TempDir, makeTempDir, writeFixturePlugin } from '../host/fixtures.js';
import { type ServerProcess, assertServerBuilt, freePort, runServerProcess, startServerProcess } from '../../src/testing.js';

let dir: TempDir;
let running: ServerProcess | undefined;

beforeAll(assertServerBuilt);
beforeEach(() => {
  dir = makeTempDir();
  writeFixturePlugin(dir, { service: 'dns', stability: 'preview', version: '0.1.0' });
});
afterEach(async () => {
  await running?.stop();
  running = undefined;
  dir.remove();
});

async function writeConfig(extra = ''): Promise<void> {
  dir.write(
    'switchyard.toml',
    `service_plugins = ["dns"]\n[server]\nport = ${await freePort()}\n[database]\nurl = "sqlite:state/switchyard.db"\n${extra}`,
  );
}

const OPTED_IN = '[preview]\nenabled = ["dns"]\n';

describe('switchyard-server: a running server', () => {
  it('serves discovery and plugin routes, logs JSON lines, and stops cleanly on SIGTERM', async () => {
    await writeConfig(OPTED_IN);
    running = await startServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'] });

    const versions = await fetch(`${running.url}/`);
    expect(await versions.json()).toEqual({
      versions: [{ id: 'v2.0', status: 'CURRENT', links: [{ href: `${running.url}/v2.0/`, rel: 'self' }] }],
    });
    const extensions = (await (await fetch(`${running.url}/v2.0/extensions`)).json()) as { extensions: unknown[] };
    expect(extensions.extensions).toContainEqual(expect.objectContaining({ alias: 'dns-zones', stability: 'preview' }));
    const zones = await fetch(`${running.url}/v2.0/dns/zones`);
    expect(zones.headers.get(STABILITY_HEADER)).toBe('preview');

    const lines = running.output().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 40, service: 'dns', stability: 'preview', msg: expect.stringContaining('dns is a preview service') }),
    );

    const result = await running.stop();
    running = undefined;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('switchyard-server shutting down');
  });

  it('keeps data in the SQLite file across a restart', async () => {
    await writeConfig(OPTED_IN);
    running = await startServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'] });
    const created = await fetch(`${running.url}/v2.0/dns/zones`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ zone: { name: 'example.org' } }),
    });
    expect(created.status).toBe(201);
    await running.stop();
    expect(existsSync(path.join(dir.root, 'state/switchyard.db'))).toBe(true);

    running = await startServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'] });
    const listed = (await (await fetch(`${running.url}/v2.0/dns/zones`)).json()) as { zones: unknown[] };
    expect(listed.zones).toEqual([{ name: 'example.org' }]);
  });

  it('lets flags override the file', async () => {
    await writeConfig(OPTED_IN);
    const port = await freePort();
    running = await startServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml', '--port', String(port)] });
    expect(running.url).toBe(`http://127.0.0.1:${port}`);
  });
});

describe('switchyard-server: refused start-up', () => {
  it('refuses a preview plugin without opt-in: one line on stderr, exit 1, no database', async () => {
    await writeConfig();
    const result = await runServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'] });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^switchyard-server: dns is a preview service \(@switchyard\/dns 0\.1\.0\)/);
    expect(result.stderr).toContain('add "dns" to [preview] enabled in switchyard.toml');
    expect(existsSync(path.join(dir.root, 'state'))).toBe(false);
  });

  it('refuses a missing plugin package and names what to install', async () => {
    dir.write('switchyard.toml', 'service_plugins = ["nonexistent-dns"]\n');
    const result = await runServerProcess({ cwd: dir.root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^switchyard-server: service_plugins in switchyard\.toml lists "nonexistent-dns"/);
    expect(result.stderr).toContain('run "npm install @switchyard/nonexistent-dns"');
  });

  it('refuses an invalid config without a stack trace, and shows one with --debug', async () => {
    dir.write('switchyard.toml', '[server]\nport = "abc"\n');
    const result = await runServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'] });
    expect(result).toMatchObject({
      code: 1,
      stderr: 'switchyard-server: switchyard.toml: [server] port is "abc"; expected an integer from 1 to 65535\n',
    });
    const debug = await runServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml', '--debug'] });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toContain('ConfigError: switchyard.toml: [server] port is "abc"');
    expect(debug.stderr).toContain('    at ');
  });

  it('names the environment variable of a bad override', async () => {
    await writeConfig(OPTED_IN);
    const result = await runServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'], env: { SWITCHYARD_PORT: 'http' } });
    expect(result.stderr).toBe('switchyard-server: SWITCHYARD_PORT is "http"; expected an integer from 1 to 65535\n');
    expect(result.code).toBe(1);
  });

  // Node's recursive mkdir used to loop forever here; runServerProcess kills a run that hangs.
  it('refuses a database url under /proc at once, naming the file and key', async () => {
    dir.write('switchyard.toml', '[database]\nurl = "sqlite:/proc/switchyard-test/switchyard.db"\n');
    const result = await runServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'] });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    // Root may write to /proc (access() says so) but cannot create folders there; others may not write at all.
    expect(result.stderr).toMatch(
      /^switchyard-server: switchyard\.toml: \[database\] url = "sqlite:\/proc\/switchyard-test\/switchyard\.db": (cannot create the folder \/proc\/switchyard-test \(ENOENT: no such file or directory\)|cannot write to the folder \/proc \(EACCES: permission denied\)); point \[database\] url at a writable folder, e\.g\. "sqlite:\.switchyard\/switchyard\.db"\n$/,
    );
  });

  it('refuses an unreachable PostgreSQL within seconds, naming host and port', async () => {
    dir.write('switchyard.toml', '[database]\nurl = "postgres://switchyard:secret@127.0.0.1:1/switchyard"\n');
    const result = await runServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'] });
    expect(result).toMatchObject({
      code: 1,
      stderr:
        'switchyard-server: switchyard.toml: [database] url = "postgres://switchyard:***@127.0.0.1:1/switchyard": ' +
        'cannot connect to PostgreSQL at 127.0.0.1:1: nothing listens there (ECONNREFUSED); start PostgreSQL there or fix [database] url\n',
    });
  });

  it('refuses a port that is already in use', async () => {
    await writeConfig(OPTED_IN);
    running = await startServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'] });
    const port = new URL(running.url).port;
    const result = await runServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml', '--port', port] });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^switchyard-server: cannot listen on 127\.0\.0\.1:\d+: the port is already in use/);
  });
});

describe('switchyard-server: help and version', () => {
  it('prints usage with the environment variables', async () => {
    const result = await runServerProcess({ cwd: dir.root, args: ['--help'] });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: switchyard-server \[options\]/);
    expect(result.stdout).toContain('SWITCHYARD_DATABASE_URL');
  });

  it('prints the version', async () => {
    const result = await runServerProcess({ cwd: dir.root, args: ['--version'] });
    expect(result).toMatchObject({ code: 0, stdout: '1.0.0\n' });
  });
});
