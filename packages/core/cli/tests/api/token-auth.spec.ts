import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, runCli, startServer } from './cli-harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ auth: { authStrategy: 'token', auth: { defaultProject: 'demo', tokens: { 'alice-secret': { project: 'alice', roles: [] } } } } });
});
afterAll(async () => server.app.close());

describe('a server with token auth', () => {
  it('accepts the token given by --token or SWITCHYARD_TOKEN (X-Auth-Token)', async () => {
    const created = await runCli(['--url', server.url, '--token', 'alice-secret', '--json', 'network', 'create', '--name', 'mine']);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ network: { name: 'mine', project_id: 'alice' } });
    const listed = await runCli(['--url', server.url, 'network', 'list'], { env: { SWITCHYARD_TOKEN: 'alice-secret' } });
    expect(listed.stdout).toContain('mine');
  });

  it("reports the server's refusal without a valid token in one line", async () => {
    expect(await runCli(['--url', server.url, 'network', 'list'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'switchyard: Authentication required: send an X-Auth-Token header. (HTTP 401 HTTPUnauthorized)\n',
    });
  });
});
