import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/index.js';
import { coreExtensions } from '../../src/neutron/index.js';
import { testConfig } from '../host/config.js';
import { type TempDir, makeTempDir, writeFixturePlugin } from '../host/fixtures.js';

interface Operation {
  'x-stability'?: string;
  'x-extension'?: string;
  tags?: string[];
  summary?: string;
}

type Paths = Record<string, Record<string, Operation>>;

/** A server hosting a stable and a preview fixture plugin, as an operator would install them. */
describe('the OpenAPI document', () => {
  let dir: TempDir;
  let app: FastifyInstance;
  let paths: Paths;

  beforeAll(async () => {
    dir = makeTempDir();
    writeFixturePlugin(dir, { service: 'dns', stability: 'stable' });
    writeFixturePlugin(dir, { service: 'vpn', stability: 'preview' });
    app = await buildApp({ config: testConfig(dir.root, { servicePlugins: ['dns', 'vpn'], preview: { enabled: ['vpn'] } }) });
    const response = await app.inject({ method: 'GET', url: '/v2.0/openapi.json' });
    expect(response.statusCode).toBe(200);
    paths = response.json().paths;
  });

  afterAll(async () => {
    await app.close();
    dir.remove();
  });

  const operations = () => Object.entries(paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));

  it('describes core routes from their schemas, as stable', () => {
    const create = paths['/v2.0/networks'].post;
    expect(create).toMatchObject({ tags: ['networks'], summary: 'Create a network', 'x-stability': 'stable' });
    expect(create).not.toHaveProperty('x-extension');
    expect(paths['/v2.0/networks/{id}'].get).toMatchObject({ 'x-stability': 'stable' });
  });

  it('labels every operation with the stability of the package that registered it', () => {
    expect(paths['/v2.0/dns/zones'].get).toMatchObject({ 'x-stability': 'stable', 'x-extension': 'dns-zones' });
    expect(paths['/v2.0/vpn/zones'].post).toMatchObject({ 'x-stability': 'preview', 'x-extension': 'vpn-zones' });
    for (const { operation } of operations()) expect(['stable', 'preview']).toContain(operation['x-stability']);
  });

  it('gives every core operation a tag and a summary', () => {
    const untagged = operations()
      .filter(({ operation }) => operation['x-extension'] === undefined)
      .filter(({ operation }) => !operation.tags?.length || !operation.summary)
      .map(({ method, path }) => `${method} ${path}`);
    expect(untagged).toEqual([]);
  });

  it('documents every core list’s filters as query parameters, and the NeutronError body of every core resource operation', () => {
    const parameters = (paths['/v2.0/ports'].get as { parameters: { in: string; name: string }[] }).parameters;
    const filters = parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
    expect(filters).toEqual(expect.arrayContaining(['limit', 'marker', 'network_id', 'device_id', 'device_owner', 'admin_state_up', 'tenant_id']));
    expect(filters).toEqual(expect.arrayContaining(['fixed_ips', 'tags', 'tags-any', 'not-tags', 'not-tags-any']));
    const resourceOperations = operations().filter(({ path }) => /^\/v2\.0\/(networks|subnets|ports|routers)/.test(path));
    // Per resource: five verbs and six tag operations; routers add two interface actions.
    expect(resourceOperations).toHaveLength(4 * (5 + 6) + 2);
    for (const { method, path, operation } of resourceOperations) {
      const responses = (operation as { responses: Record<string, unknown> }).responses;
      expect(Object.keys(responses), `${method} ${path}`).toContain('4XX');
    }
  });

  it('does not carry the npm package version: info.version is the API version', async () => {
    const response = await app.inject({ method: 'GET', url: '/v2.0/openapi.json' });
    expect(response.json().info.version).toBe('2.0');
  });

  it('agrees with /v2.0/extensions: each plugin extension has operations of its stability, and each labelled operation a listed extension', async () => {
    const listed: { alias: string; stability: string }[] = (await app.inject({ method: 'GET', url: '/v2.0/extensions' })).json().extensions;
    const coreAliases = new Set(coreExtensions.map((extension) => extension.alias));
    const pluginExtensions = listed.filter((extension) => !coreAliases.has(extension.alias));
    expect(pluginExtensions.map((extension) => extension.alias).sort()).toEqual(['dns-zones', 'vpn-zones']);
    for (const extension of pluginExtensions) {
      const labelled = operations().filter(({ operation }) => operation['x-extension'] === extension.alias);
      expect(labelled.length, extension.alias).toBeGreaterThan(0);
      expect(new Set(labelled.map(({ operation }) => operation['x-stability']))).toEqual(new Set([extension.stability]));
    }
    const stabilityOf = new Map(listed.map((extension) => [extension.alias, extension.stability]));
    for (const { operation } of operations().filter(({ operation }) => operation['x-extension'] !== undefined)) {
      expect(stabilityOf.get(operation['x-extension'] as string)).toBe(operation['x-stability']);
    }
  });

  it('agrees with /v2.0/: each listed resource has operations at its path with its stability', async () => {
    const resources: { links: { href: string }[]; stability: string }[] = (await app.inject({ method: 'GET', url: '/v2.0/' })).json().resources;
    for (const resource of resources) {
      const path = new URL(resource.links[0].href).pathname;
      expect(Object.keys(paths), path).toContain(path);
      for (const operation of Object.values(paths[path])) expect(operation['x-stability'], path).toBe(resource.stability);
    }
  });
});
