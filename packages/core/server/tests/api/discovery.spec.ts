import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/index.js';
import { testConfig } from '../host/config.js';
import { type TempDir, makeTempDir, writeFixturePlugin } from '../host/fixtures.js';

let dir: TempDir;
let app: FastifyInstance;
beforeEach(async () => {
  dir = makeTempDir();
  writeFixturePlugin(dir, { service: 'dns', stability: 'preview', additionalExtensions: ['dns-zone-ttl'] });
  app = await buildApp({ config: testConfig(dir.root, { servicePlugins: ['dns'], preview: { enabled: ['dns'] } }) });
});
afterEach(async () => {
  await app.close();
  dir.remove();
});

describe('API discovery', () => {
  it('answers GET / with the Neutron version document', async () => {
    const response = await app.inject({ method: 'GET', url: '/', headers: { host: 'neutron.example:9696' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      versions: [{ id: 'v2.0', status: 'CURRENT', links: [{ href: 'http://neutron.example:9696/v2.0/', rel: 'self' }] }],
    });
  });

  it('lists resources of core and plugins under /v2.0/, each with its stability', async () => {
    for (const url of ['/v2.0/', '/v2.0']) {
      const response = await app.inject({ method: 'GET', url, headers: { host: 'neutron.example:9696' } });
      expect(response.statusCode).toBe(200);
      const resources = response.json().resources as Array<Record<string, unknown>>;
      expect(resources).toContainEqual({
        name: 'zone',
        collection: 'zones',
        links: [{ href: 'http://neutron.example:9696/v2.0/dns/zones', rel: 'self' }],
        stability: 'preview',
      });
      for (const resource of resources) expect(['stable', 'preview']).toContain(resource.stability);
    }
  });

  it('lists the Neutron core resources as stable', async () => {
    const response = await app.inject({ method: 'GET', url: '/v2.0/', headers: { host: 'neutron.example:9696' } });
    const resources = response.json().resources as Array<Record<string, unknown>>;
    expect(resources).toContainEqual({
      name: 'network',
      collection: 'networks',
      links: [{ href: 'http://neutron.example:9696/v2.0/networks', rel: 'self' }],
      stability: 'stable',
    });
    const collections = resources.filter((resource) => resource.stability === 'stable').map((resource) => resource.collection);
    expect(collections).toEqual(expect.arrayContaining(['networks', 'subnets', 'ports', 'routers']));
  });

  it('lists core extensions as stable', async () => {
    const response = await app.inject({ method: 'GET', url: '/v2.0/extensions/router' });
    expect(response.statusCode).toBe(200);
    expect(response.json().extension).toMatchObject({ alias: 'router', name: 'Neutron L3 Router', stability: 'stable', links: [] });
  });

  it('lists extensions in Neutron shape plus stability', async () => {
    const response = await app.inject({ method: 'GET', url: '/v2.0/extensions' });
    expect(response.statusCode).toBe(200);
    expect(response.json().extensions).toContainEqual({
      alias: 'dns-zones',
      name: 'Zones of dns',
      description: 'Fixture extension',
      updated: '2025-01-01T00:00:00Z',
      links: [],
      stability: 'preview',
    });
  });

  it("lists a plugin's additional extensions after its own, with its stability", async () => {
    const response = await app.inject({ method: 'GET', url: '/v2.0/extensions' });
    const aliases = (response.json().extensions as Array<{ alias: string }>).map((extension) => extension.alias);
    expect(aliases.slice(aliases.indexOf('dns-zones'), aliases.indexOf('dns-zones') + 2)).toEqual(['dns-zones', 'dns-zone-ttl']);
    const shown = await app.inject({ method: 'GET', url: '/v2.0/extensions/dns-zone-ttl' });
    expect(shown.json().extension).toEqual({ alias: 'dns-zone-ttl', name: 'dns-zone-ttl', description: 'Further fixture extension', updated: '2025-02-01T00:00:00Z', links: [], stability: 'preview' });
  });

  it('shows one extension by alias', async () => {
    const response = await app.inject({ method: 'GET', url: '/v2.0/extensions/dns-zones' });
    expect(response.statusCode).toBe(200);
    expect(response.json().extension).toMatchObject({ alias: 'dns-zones', stability: 'preview', links: [] });
  });

  it('answers an unknown extension alias with a NeutronError 404', async () => {
    const response = await app.inject({ method: 'GET', url: '/v2.0/extensions/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().NeutronError).toMatchObject({
      type: 'ExtensionNotFound',
      message: 'Extension nothing-here could not be found.',
      code: 'SY_ERR_NOT_FOUND',
    });
  });

  it('does not list a plugin that is not loaded', async () => {
    const bare = await buildApp({ config: testConfig(dir.root) });
    const extensions = (await bare.inject({ method: 'GET', url: '/v2.0/extensions' })).json().extensions as Array<{ alias: string }>;
    const resources = (await bare.inject({ method: 'GET', url: '/v2.0/' })).json().resources as Array<{ collection: string }>;
    await bare.close();
    expect(extensions.map((extension) => extension.alias)).not.toContain('dns-zones');
    expect(resources.map((resource) => resource.collection)).not.toContain('zones');
  });
});
