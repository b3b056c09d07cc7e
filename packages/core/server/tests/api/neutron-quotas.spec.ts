import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { admin, buildTestApp, call, create, neutronError, projectA, projectB } from './neutron-test-app.js';

const NEUTRON_DEFAULTS = { network: 100, subnet: 100, port: 500, router: 10 };

// Neutron's quotas and quota_details extensions: per-project limits, defaults from [quotas] (the
// test app runs with Neutron's), changed by admins only; a create past a limit is 409 OverQuota.
describe('quotas', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  const setQuota = (projectId: string, quota: Record<string, unknown>, caller = admin) => call(app, caller, 'PUT', `/v2.0/quotas/${projectId}`, { quota });

  it('shows a project its own quotas, the defaults and its usage', async () => {
    await create(app, projectA, 'network', { name: 'counted' });
    const own = await call(app, projectA, 'GET', `/v2.0/quotas/${projectA.project}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toEqual({ quota: NEUTRON_DEFAULTS });
    expect((await call(app, projectA, 'GET', `/v2.0/quotas/${projectA.project}/default`)).json()).toEqual({ quota: NEUTRON_DEFAULTS });
    for (const details of ['details', 'details.json']) {
      const usage = (await call(app, projectA, 'GET', `/v2.0/quotas/${projectA.project}/${details}`)).json().quota;
      expect(usage.network).toEqual({ limit: 100, used: 1, reserved: 0 });
      expect(usage.port).toEqual({ limit: 500, used: 0, reserved: 0 });
    }
  });

  it('refuses a create past the project’s limit with 409 OverQuota, for that project only', async () => {
    const updated = await setQuota(projectA.project, { network: 1, router: 0 });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toEqual({ quota: { ...NEUTRON_DEFAULTS, network: 1, router: 0 } });
    await create(app, projectA, 'network', { name: 'first' });
    const second = await call(app, projectA, 'POST', '/v2.0/networks', { network: { name: 'second' } });
    expect(second.statusCode).toBe(409);
    expect(neutronError(second)).toMatchObject({ type: 'OverQuota', message: expect.stringContaining("Quota exceeded for resources: ['network'].") });
    expect((await call(app, projectA, 'POST', '/v2.0/routers', { router: {} })).statusCode).toBe(409);
    expect((await call(app, projectB, 'POST', '/v2.0/networks', { network: { name: 'b' } })).statusCode).toBe(201);
    const bulk = await call(app, projectB, 'POST', '/v2.0/routers', { routers: Array.from({ length: 11 }, () => ({})) });
    expect(neutronError(bulk).type).toBe('OverQuota');
    expect((await call(app, projectB, 'GET', '/v2.0/routers')).json().routers).toEqual([]);
  });

  it('lists the projects with quotas of their own, and resets one to the defaults', async () => {
    await setQuota(projectA.project, { port: 7 });
    const listed = await call(app, admin, 'GET', '/v2.0/quotas');
    expect(listed.json()).toEqual({ quotas: [{ ...NEUTRON_DEFAULTS, port: 7, project_id: projectA.project, tenant_id: projectA.project }] });
    expect((await call(app, admin, 'DELETE', `/v2.0/quotas/${projectA.project}`)).statusCode).toBe(204);
    expect((await call(app, projectA, 'GET', `/v2.0/quotas/${projectA.project}`)).json()).toEqual({ quota: NEUTRON_DEFAULTS });
    expect((await call(app, admin, 'GET', '/v2.0/quotas')).json()).toEqual({ quotas: [] });
  });

  it('lets only admins change quotas or read another project’s (403)', async () => {
    for (const response of [
      await setQuota(projectA.project, { network: 1000 }, projectA),
      await call(app, projectA, 'DELETE', `/v2.0/quotas/${projectA.project}`),
      await call(app, projectA, 'GET', '/v2.0/quotas'),
      await call(app, projectA, 'GET', `/v2.0/quotas/${projectB.project}`),
      await call(app, projectA, 'GET', `/v2.0/quotas/${projectB.project}/details`),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(neutronError(response).message).toMatch(/admin/);
    }
  });

  it('refuses unknown resources, bad limits and, with check_limit, a limit below the usage', async () => {
    expect((await setQuota(projectA.project, { floatingip: 3 })).statusCode).toBe(400);
    expect((await setQuota(projectA.project, { network: -2 })).statusCode).toBe(400);
    await create(app, projectA, 'network', { name: 'held' });
    const below = await setQuota(projectA.project, { network: 0, check_limit: true });
    expect(below.statusCode).toBe(400);
    expect(neutronError(below).message).toBe('Quota limit 0 for network must be greater than or equal to already used 1; delete some first, or send check_limit false.');
    expect((await setQuota(projectA.project, { network: 0 })).json().quota.network).toBe(0);
  });
});
