import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, runCli, startServer } from './cli-harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.app.close());

const cli = (...argv: string[]) => runCli(['--url', server.url, ...argv]);

/** A closed port: listen, note the address, close. */
async function unusedUrl(): Promise<string> {
  const probe = await startServer();
  await probe.app.close();
  return probe.url;
}

describe('errors: one line on stderr, exit code 1, no stack', () => {
  it('a 404 prints the NeutronError message', async () => {
    expect(await cli('network', 'show', 'missing-id')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'switchyard: Network missing-id could not be found. (HTTP 404 NetworkNotFound)\n',
    });
  });

  it('a 400 prints the NeutronError message naming the field', async () => {
    const network = await cli('--json', 'network', 'create');
    const networkId = (JSON.parse(network.stdout) as { network: { id: string } }).network.id;
    const result = await cli('subnet', 'create', '--network', networkId, '--cidr', '10.0.0.0/33');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^switchyard: .*cidr.*\(HTTP 400 [A-Za-z]+\)\n$/);
  });

  it('an unreachable server says where it looked and how to change it', async () => {
    const url = await unusedUrl();
    expect(await runCli(['--url', url, 'network', 'list'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `switchyard: cannot reach the Switchyard server at ${url}: is it running? set --url or SWITCHYARD_URL\n`,
    });
  });

  it('--debug adds the error code and stack', async () => {
    const url = await unusedUrl();
    const result = await runCli(['--url', url, '--debug', 'network', 'list']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[SY_CLI_UNREACHABLE] CliError: cannot reach');
    expect(result.stderr).toMatch(/\n +at /);
  });

  it('an unknown command suggests the right one', async () => {
    expect(await cli('netwrk', 'list')).toEqual({ code: 1, stdout: '', stderr: "switchyard: unknown command 'netwrk' (Did you mean network?)\n" });
  });

  it('an unknown flag is named', async () => {
    expect(await cli('network', 'list', '--colour')).toEqual({ code: 1, stdout: '', stderr: "switchyard: unknown option '--colour'\n" });
  });

  it('a missing required option is named', async () => {
    expect(await cli('subnet', 'create', '--network', 'n1')).toEqual({
      code: 1,
      stdout: '',
      stderr: "switchyard: required option '--cidr <cidr>' not specified\n",
    });
  });

  it('an update without changes names the options it takes', async () => {
    expect(await cli('router', 'update', 'r1')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'switchyard: nothing to update: give at least one of --name, --description, --admin-state-up\n',
    });
  });

  it('a broken config file is named with its line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'switchyard-cli-errors-'));
    try {
      writeFileSync(path.join(dir, 'switchyard.toml'), '[server\n');
      const result = await runCli(['network', 'list'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^switchyard: switchyard\.toml:1:\d+: invalid TOML: .+\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('configuration', () => {
  it('reaches the server at the [server] host and port of --config', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'switchyard-cli-config-'));
    try {
      const { port } = new URL(server.url);
      writeFileSync(path.join(dir, 'server.toml'), `[server]\nhost = "0.0.0.0"\nport = ${port}\n`);
      const result = await runCli(['--config', path.join(dir, 'server.toml'), 'network', 'list']);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(/^ID +NAME/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
