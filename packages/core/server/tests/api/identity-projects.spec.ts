import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { admin, buildTestApp, call, neutronError, projectA, projectB } from './neutron-test-app.js';

const keystoneProject = (id: string) => ({ id, name: id, domain_id: 'default', parent_id: 'default', is_domain: false, enabled: true, description: '' });

// The Keystone v3 project reads `openstack quota set|list` makes before it calls /v2.0/quotas.
describe('identity: project lookup for quota commands', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('shows a project its own project, by id and by name', async () => {
    const shown = await call(app, projectA, 'GET', `/projects/${projectA.project}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual({ project: keystoneProject(projectA.project) });
    const found = await call(app, projectA, 'GET', `/projects?name=${projectA.project}`);
    expect(found.json()).toEqual({ projects: [keystoneProject(projectA.project)] });
    expect((await call(app, projectA, 'GET', '/projects')).json()).toEqual({ projects: [keystoneProject(projectA.project)] });
  });

  it('hides another project from a non-admin: 404 by id, nothing by name', async () => {
    const shown = await call(app, projectA, 'GET', `/projects/${projectB.project}`);
    expect(shown.statusCode).toBe(404);
    expect(neutronError(shown)).toMatchObject({ type: 'ProjectNotFound', message: `Project ${projectB.project} could not be found.` });
    expect((await call(app, projectA, 'GET', `/projects?name=${projectB.project}`)).json()).toEqual({ projects: [] });
  });

  it('finds any project for an admin, and lists those with quotas of their own', async () => {
    expect((await call(app, admin, 'GET', `/projects/${projectB.project}`)).json()).toEqual({ project: keystoneProject(projectB.project) });
    expect((await call(app, admin, 'PUT', `/v2.0/quotas/${projectB.project}`, { quota: { network: 3 } })).statusCode).toBe(200);
    const listed = (await call(app, admin, 'GET', '/projects')).json() as { projects: { id: string }[] };
    expect(listed.projects.map((project) => project.id)).toEqual([admin.project, projectB.project]);
  });

  it('is prototype-safe: a project named like an Object member is just a project', async () => {
    for (const id of ['__proto__', 'constructor', 'toString']) {
      expect((await call(app, projectA, 'GET', `/projects/${id}`)).statusCode).toBe(404);
      expect((await call(app, admin, 'GET', `/projects?name=${id}`)).json()).toEqual({ projects: [keystoneProject(id)] });
    }
  });
});
