import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/index.js';
import { buildTestApp, call, create, neutronError, projectA } from './neutron-test-app.js';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** Regressions: each of these answered 500 (or silently accepted bad input) before. */
describe('hostile input gets a 4xx NeutronError, never a 5xx', () => {
  let app: FastifyInstance;
  let networkId: string;

  beforeAll(async () => {
    app = await buildTestApp();
    networkId = (await create(app, projectA, 'network', { name: 'web' })).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(PROTOTYPE_NAMES)('refuses the filter %s, naming the valid ones', async (name) => {
    const response = await call(app, projectA, 'GET', `/v2.0/networks?${name}=x`);
    expect(response.statusCode).toBe(400);
    expect(neutronError(response).message).toContain('is not a valid filter for networks');
  });

  it.each(PROTOTYPE_NAMES)('refuses sort_key=%s', async (name) => {
    const response = await call(app, projectA, 'GET', `/v2.0/networks?sort_key=${name}`);
    expect(response.statusCode).toBe(400);
    expect(neutronError(response).message).toContain('is not a valid sort_key for networks');
  });

  it.each(PROTOTYPE_NAMES)('ignores fields=%s like any unknown field', async (name) => {
    const response = await call(app, projectA, 'GET', `/v2.0/networks/${networkId}?fields=${name}&fields=name`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ network: { name: 'web' } });
  });

  it('reads a limit larger than any page as no practical limit', async () => {
    const response = await call(app, projectA, 'GET', '/v2.0/networks?limit=99999999999999999999');
    expect(response.statusCode).toBe(200);
    expect(response.json().networks.map((network: { id: string }) => network.id)).toEqual([networkId]);
  });

  it('refuses a body value of the wrong JSON type instead of coercing it', async () => {
    const response = await call(app, projectA, 'POST', '/v2.0/networks', { network: { name: 123 } });
    expect(response.statusCode).toBe(400);
    expect(neutronError(response).message).toBe('Invalid input for body.network.name: must be string.');
    const flag = await call(app, projectA, 'POST', '/v2.0/networks', { network: { admin_state_up: 'true' } });
    expect(flag.statusCode).toBe(400);
  });

  it('still reads query values as text (booleans, repeated keys)', async () => {
    const response = await call(app, projectA, 'GET', '/v2.0/networks?admin_state_up=true&fields=id&fields=name');
    expect(response.statusCode).toBe(200);
    expect(response.json().networks).toEqual([{ id: networkId, name: 'web' }]);
  });

  it('refuses NUL characters in a body, a query or a path, naming where', async () => {
    const body = await call(app, projectA, 'POST', '/v2.0/networks', { network: { name: 'a\u0000b' } });
    expect(body.statusCode).toBe(400);
    expect(neutronError(body).message).toBe('Invalid input for body.network.name: must not contain NUL (\\u0000) characters.');
    const query = await call(app, projectA, 'GET', '/v2.0/networks?name=a%00b');
    expect(query.statusCode).toBe(400);
    const path = await call(app, projectA, 'GET', '/v2.0/networks/a%00b');
    expect(path.statusCode).toBe(400);
    const key = await call(app, projectA, 'POST', '/v2.0/networks', { network: { 'na\u0000me': 'x' } });
    expect(key.statusCode).toBe(400);
  });

  it('refuses lone surrogates, which a database would silently rewrite', async () => {
    const response = await call(app, projectA, 'POST', '/v2.0/networks', { network: { name: 'bad\ud800' } });
    expect(response.statusCode).toBe(400);
    expect(neutronError(response).message).toContain('lone surrogate');
    const paired = await call(app, projectA, 'POST', '/v2.0/networks', { network: { name: 'ok \ud83d\ude00' } });
    expect(paired.statusCode).toBe(201);
    expect(paired.json().network.name).toBe('ok \ud83d\ude00');
  });

  it.each([
    ['a malformed percent-encoding', '/v2.0/networks/%zz'],
    ['an encoded lone surrogate', '/v2.0/networks/%ED%A0%80'],
    ['an id longer than any id', `/v2.0/networks/${'a'.repeat(200)}`],
  ])('answers a NeutronError 400 to a path with %s', async (_what, url) => {
    const response = await call(app, projectA, 'GET', url);
    expect(response.statusCode).toBe(400);
    expect(neutronError(response).message).toMatch(/^Invalid input for the request path: /);
  });

  it('survives a deeply nested body', async () => {
    const depth = 20_000;
    const payload = `{"network": {"name": ${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const response = await app.inject({
      method: 'POST',
      url: '/v2.0/networks',
      headers: { 'x-project-id': projectA.project, 'content-type': 'application/json' },
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(neutronError(response).code).toBe('SY_ERR_INVALID_INPUT');
  });
});

describe('token authentication with prototype-named tokens', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildApp({
      config: {
        baseDir: process.cwd(),
        server: { host: '127.0.0.1', port: 0 },
        database: { url: 'sqlite::memory:' },
        authStrategy: 'token',
        auth: { defaultProject: 'demo', tokens: { 'real-token': { project: 'demo', roles: [] } } },
        servicePlugins: [],
        preview: { enabled: [] },
        plugins: {},
      },
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(PROTOTYPE_NAMES)('answers 401 to the token %s', async (token) => {
    const response = await app.inject({ method: 'GET', url: '/v2.0/networks', headers: { 'x-auth-token': token } });
    expect(response.statusCode).toBe(401);
    expect(neutronError(response).message).toBe('The X-Auth-Token is not valid.');
  });

  it('still accepts a configured token', async () => {
    const response = await app.inject({ method: 'GET', url: '/v2.0/networks', headers: { 'x-auth-token': 'real-token' } });
    expect(response.statusCode).toBe(200);
  });
});
