import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, type LoadedServicePlugin, PluginLoadError, buildApp } from '../../src/index.js';
import { testConfig } from '../host/config.js';
import { makeTempDir } from '../host/fixtures.js';
import { asLoaded } from './core-event-plugins.js';
import { admin, call, neutronError, projectA, projectB } from './neutron-test-app.js';
import { gadgetsPlugin } from './quota-plugins.js';
import { serverWith } from './server-with-plugins.js';

const NEUTRON_DEFAULTS = { network: 100, subnet: 100, port: 500, router: 10 };

// A plugin declares the quota on its kit resource; the server counts it like a core resource.
describe('quotas of plugin resources', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const createGadgets = (caller: typeof projectA, count: number) =>
    call(app as FastifyInstance, caller, 'POST', '/v2.0/fixture/gadgets', { gadgets: Array.from({ length: count }, (_, index) => ({ name: `g${index}` })) });
  const countGadgets = async (caller: typeof projectA) => (await call(app as FastifyInstance, caller, 'GET', '/v2.0/fixture/gadgets')).json().gadgets.length as number;

  it('lists the declared resource with its default in every quota answer, the uncounted one in none', async () => {
    app = await serverWith([asLoaded(gadgetsPlugin())]);
    expect((await createGadgets(projectA, 2)).statusCode).toBe(201);
    const expected = { ...NEUTRON_DEFAULTS, gadget: 3 };
    expect((await call(app, projectA, 'GET', `/v2.0/quotas/${projectA.project}`)).json()).toEqual({ quota: expected });
    expect((await call(app, projectA, 'GET', `/v2.0/quotas/${projectA.project}/default`)).json()).toEqual({ quota: expected });
    const details = (await call(app, projectA, 'GET', `/v2.0/quotas/${projectA.project}/details`)).json().quota;
    expect(Object.keys(details)).toEqual([...Object.keys(NEUTRON_DEFAULTS), 'gadget']);
    expect(details.gadget).toEqual({ limit: 3, used: 2, reserved: 0 });
  });

  it('refuses the create past the limit with 409 OverQuota, a bulk one atomically, per project', async () => {
    app = await serverWith([asLoaded(gadgetsPlugin())]);
    const bulk = await createGadgets(projectA, 4);
    expect(bulk.statusCode).toBe(409);
    expect(neutronError(bulk)).toMatchObject({ type: 'OverQuota', message: expect.stringContaining("Quota exceeded for resources: ['gadget']. The project holds 0 of its 3 and asked for 4 more") });
    expect(await countGadgets(projectA)).toBe(0);
    expect((await createGadgets(projectA, 3)).statusCode).toBe(201);
    const one = await call(app, projectA, 'POST', '/v2.0/fixture/gadgets', { gadget: { name: 'fourth' } });
    expect(neutronError(one).type).toBe('OverQuota');
    expect((await createGadgets(projectB, 3)).statusCode).toBe(201);
    const widgets = await call(app, projectA, 'POST', '/v2.0/fixture/widgets', { widgets: Array.from({ length: 5 }, () => ({})) });
    expect(widgets.statusCode, widgets.body).toBe(201);
  });

  it('lets an admin set, list and reset the plugin resource’s limit; an uncounted one is a 400', async () => {
    app = await serverWith([asLoaded(gadgetsPlugin())]);
    const updated = await call(app, admin, 'PUT', `/v2.0/quotas/${projectA.project}`, { quota: { gadget: 1 } });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().quota.gadget).toBe(1);
    expect((await createGadgets(projectA, 2)).statusCode).toBe(409);
    expect((await createGadgets(projectA, 1)).statusCode).toBe(201);
    const below = await call(app, admin, 'PUT', `/v2.0/quotas/${projectA.project}`, { quota: { gadget: 0, check_limit: true } });
    expect(neutronError(below).message).toBe('Quota limit 0 for gadget must be greater than or equal to already used 1; delete some first, or send check_limit false.');
    expect((await call(app, admin, 'GET', '/v2.0/quotas')).json().quotas).toEqual([{ ...NEUTRON_DEFAULTS, gadget: 1, project_id: projectA.project, tenant_id: projectA.project }]);
    const uncounted = await call(app, admin, 'PUT', `/v2.0/quotas/${projectA.project}`, { quota: { widget: 1 } });
    expect(uncounted.statusCode).toBe(400);
    expect(neutronError(uncounted).message).toMatch(/widget/);
    expect((await call(app, admin, 'DELETE', `/v2.0/quotas/${projectA.project}`)).statusCode).toBe(204);
    expect((await call(app, projectA, 'GET', `/v2.0/quotas/${projectA.project}`)).json().quota.gadget).toBe(3);
  });

  it('documents the plugin resource in the served OpenAPI document of every quota operation', async () => {
    app = await serverWith([asLoaded(gadgetsPlugin())]);
    const { paths } = (await call(app, projectA, 'GET', '/v2.0/openapi.json')).json();
    const member = paths['/v2.0/quotas/{project_id}'];
    expect(member.get.responses['200'].content['application/json'].schema.properties.quota.required).toEqual(['network', 'subnet', 'port', 'router', 'gadget']);
    expect(Object.keys(member.put.requestBody.content['application/json'].schema.properties.quota.properties)).toEqual(['network', 'subnet', 'port', 'router', 'gadget', 'check_limit']);
    const details = paths['/v2.0/quotas/{project_id}/details'].get.responses['200'].content['application/json'].schema;
    expect(details.properties.quota.properties.gadget.required).toEqual(['limit', 'used', 'reserved']);
  });

  it('takes the plugin resource’s default from [quotas]', async () => {
    app = await serverWith([asLoaded(gadgetsPlugin())], { quotas: { ...NEUTRON_DEFAULTS, gadget: 1 } });
    expect((await call(app, projectA, 'GET', `/v2.0/quotas/${projectA.project}/default`)).json().quota.gadget).toBe(1);
    expect((await createGadgets(projectA, 2)).statusCode).toBe(409);
  });

  it('refuses at start-up a [quotas] key no loaded service counts, naming the file, the key and the allowed keys', async () => {
    const refusal = serverWith([asLoaded(gadgetsPlugin())], { quotas: { widget: 5 } });
    await expect(refusal).rejects.toThrow(ConfigError);
    await expect(refusal).rejects.toThrow(
      'switchyard.toml: unknown key in [quotas] "widget"; allowed keys: network, subnet, port, router, gadget (gadgets). ' +
        "A service plugin's key is allowed when the plugin is in service_plugins",
    );
    await expect(serverWith([], { quotas: { gadget: 5 } })).rejects.toThrow('unknown key in [quotas] "gadget"; allowed keys: network, subnet, port, router.');
  });

  it('leaves out a limit stored for a plugin no longer loaded', async () => {
    const dir = makeTempDir();
    const onFile = (plugins: readonly LoadedServicePlugin[]) =>
      buildApp({
        config: testConfig(dir.root, { database: { url: `sqlite:${dir.root}/quotas.db` }, servicePlugins: plugins.map((plugin) => plugin.service) }),
        loadPlugin: async () => plugins[0],
      });
    try {
      app = await onFile([asLoaded(gadgetsPlugin())]);
      await call(app, admin, 'PUT', `/v2.0/quotas/${projectA.project}`, { quota: { gadget: 5, network: 7 } });
      await app.close();
      app = await onFile([]);
      expect((await call(app, projectA, 'GET', `/v2.0/quotas/${projectA.project}`)).json()).toEqual({ quota: { ...NEUTRON_DEFAULTS, network: 7 } });
      expect(Object.keys((await call(app, projectA, 'GET', `/v2.0/quotas/${projectA.project}/details`)).json().quota)).toEqual(Object.keys(NEUTRON_DEFAULTS));
    } finally {
      await app?.close();
      app = undefined;
      dir.remove();
    }
  });

  it('refuses at start-up a plugin counting a resource the core or another plugin counts already', async () => {
    await expect(serverWith([asLoaded(gadgetsPlugin('gadgets')), asLoaded(gadgetsPlugin('more-gadgets'))])).rejects.toThrow(
      new PluginLoadError(
        'more-gadgets declares a quota of "gadget", which the gadgets plugin counts already; each [quotas] key belongs to one service, so give the resource another name or drop its quota',
      ),
    );
  });
});
