import { buildTestServer } from '@switchyard/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SwitchyardApiError, createSwitchyardClient } from '../../src/index.js';

type App = Awaited<ReturnType<typeof buildTestServer>>;

const tokens = { 'alice-secret': { project: 'alice', roles: [] }, 'bob-secret': { project: 'bob', roles: [] } };

/** A real server on a free port; the client goes through its HTTP stack, not inject(). */
async function listening(auth?: Parameters<typeof buildTestServer>[0]): Promise<{ app: App; url: string }> {
  const app = await buildTestServer(auth);
  return { app, url: await app.listen({ host: '127.0.0.1', port: 0 }) };
}

describe('the core client against a noauth server', () => {
  let server: { app: App; url: string };
  beforeAll(async () => (server = await listening()));
  afterAll(async () => server.app.close());

  it('creates and lists networks in the project it names (X-Project-Id)', async () => {
    const client = createSwitchyardClient({ url: server.url, project: 'p-typed' });
    const { data: created } = await client.POST('/v2.0/networks', { body: { network: { name: 'typed-net' } } });
    expect(created?.network).toMatchObject({ name: 'typed-net', project_id: 'p-typed' });
    const { data: listed } = await client.GET('/v2.0/networks');
    expect(listed?.networks?.map((network) => network.name)).toEqual(['typed-net']);
    const other = createSwitchyardClient({ url: server.url, project: 'p-other' });
    expect(await other.request('GET', '/v2.0/networks')).toEqual({ networks: [] });
  });

  it("rejects with the server's NeutronError, typed", async () => {
    const client = createSwitchyardClient({ url: server.url, project: 'p-errors' });
    const missing = client.GET('/v2.0/networks/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } });
    await expect(missing).rejects.toBeInstanceOf(SwitchyardApiError);
    await expect(missing).rejects.toMatchObject({ status: 404, type: 'NetworkNotFound' });
  });
});

describe('the core client against a token server', () => {
  let server: { app: App; url: string };
  beforeAll(async () => (server = await listening({ auth: { authStrategy: 'token', auth: { defaultProject: 'demo', tokens } } })));
  afterAll(async () => server.app.close());

  it('acts as the project of its token (X-Auth-Token)', async () => {
    const alice = createSwitchyardClient({ url: server.url, token: 'alice-secret' });
    await alice.POST('/v2.0/networks', { body: { network: { name: 'alice-net' } } });
    const { data } = await createSwitchyardClient({ url: server.url, token: 'bob-secret' }).GET('/v2.0/networks');
    expect(data?.networks).toEqual([]);
    expect((await alice.GET('/v2.0/networks')).data?.networks?.map((network) => network.project_id)).toEqual(['alice']);
  });

  it('is refused without a token, with the 401 the server answers', async () => {
    await expect(createSwitchyardClient({ url: server.url }).GET('/v2.0/networks')).rejects.toMatchObject({ status: 401, type: 'HTTPUnauthorized' });
  });
});
