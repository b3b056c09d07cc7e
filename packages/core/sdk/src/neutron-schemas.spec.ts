import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CollectionAttribute, type CollectionSpec, parseListQuery } from './list-query.js';
import {
  type IdParams,
  type ShowQuery,
  descriptionSchema,
  idParams,
  listQuerystring,
  nameSchema,
  neutronCollectionAttributes,
  noContentResponse,
  projectIdSchema,
  resourceEnvelope,
  responseEnvelopes,
  showQuerystring,
  standardResponseAttributes,
} from './neutron-schemas.js';

const widgets: CollectionSpec = {
  resource: 'widget',
  collection: 'widgets',
  attributes: neutronCollectionAttributes({ size: { column: 'size_mb', type: 'integer' } }, { timestamps: true }),
};

describe('neutronCollectionAttributes', () => {
  it('lists the standard attributes, then the resource’s own, then the timestamps', () => {
    expect(Object.keys(widgets.attributes)).toEqual(['id', 'name', 'description', 'project_id', 'tenant_id', 'size', 'created_at', 'updated_at']);
    expect(Object.keys(neutronCollectionAttributes({}))).toEqual(['id', 'name', 'description', 'project_id', 'tenant_id']);
  });

  it('filters tenant_id on the project_id column, as Neutron’s alias for older clients', () => {
    expect(parseListQuery(widgets, { tenant_id: 'p1' }).filters).toEqual([{ attribute: 'tenant_id', column: 'project_id', values: ['p1'] }]);
  });

  it('names the valid filters in that order when one is unknown', () => {
    expect(() => parseListQuery(widgets, { colour: 'red' })).toThrow(
      '"colour" is not a valid filter for widgets. Filter by one of: id, name, description, project_id, tenant_id, size, created_at, updated_at.',
    );
  });

  it('returns fresh objects, so one collection cannot change another’s attributes', () => {
    const first = neutronCollectionAttributes({});
    (first.id as CollectionAttribute).filter = false;
    expect(neutronCollectionAttributes({}).id).toEqual({ column: 'id', type: 'string' });
  });
});

const widgetShape = { type: 'object', properties: { ...standardResponseAttributes, size: { type: 'integer' } } };
const widgetEnvelopes = responseEnvelopes('widget', 'widgets', widgetShape);
const storedWidget = { id: 'w1', project_id: 'p1', tenant_id: 'p1', name: 'a', description: '', size: 3, created_at: 'c', updated_at: 'u', secret: 'x' };

/** A Fastify app with the host's validation options (unknown attributes refused, query values coerced). */
async function widgetApp(): Promise<FastifyInstance> {
  const app = Fastify({ ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } } });
  const body = resourceEnvelope('widget', {
    type: 'object',
    additionalProperties: false,
    properties: { name: nameSchema, description: descriptionSchema, project_id: projectIdSchema },
  });
  app.get('/widgets', { schema: { querystring: listQuerystring('widgets'), response: { 200: widgetEnvelopes.list } } }, async (request) => ({
    widgets: [storedWidget],
    widgets_links: [{ rel: 'next', href: 'h' }],
    query: request.query,
  }));
  app.get<{ Params: IdParams; Querystring: ShowQuery }>(
    '/widgets/:id',
    { schema: { params: idParams, querystring: showQuerystring, response: { 200: widgetEnvelopes.single } } },
    async (request) => ({ widget: { ...storedWidget, id: request.params.id } }),
  );
  app.post('/widgets', { schema: { body, response: { 201: widgetEnvelopes.single } } }, async (_request, reply) =>
    reply.code(201).send({ widget: storedWidget }),
  );
  app.delete('/widgets/:id', { schema: { params: idParams, response: { 204: noContentResponse } } }, async (_request, reply) => reply.code(204).send());
  await app.ready();
  return app;
}

describe('request schemas', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await widgetApp();
  });
  afterAll(async () => app.close());

  it('refuses a body attribute the resource does not have, naming it', async () => {
    const response = await app.inject({ method: 'POST', url: '/widgets', payload: { widget: { name: 'a', colour: 'red' } } });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('body/widget must NOT have additional properties');
  });

  it('refuses a body without the resource envelope', async () => {
    const response = await app.inject({ method: 'POST', url: '/widgets', payload: { name: 'a' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe("body must have required property 'widget'");
  });

  it('limits name and description to 255 characters and refuses an empty project_id', async () => {
    const long = 'x'.repeat(256);
    for (const widget of [{ name: long }, { description: long }, { project_id: '' }]) {
      const response = await app.inject({ method: 'POST', url: '/widgets', payload: { widget } });
      expect(response.statusCode).toBe(400);
    }
    const accepted = await app.inject({ method: 'POST', url: '/widgets', payload: { widget: { name: 'x'.repeat(255), project_id: 'p1' } } });
    expect(accepted.statusCode).toBe(201);
  });

  it('refuses show parameters other than fields', async () => {
    const unknown = await app.inject({ method: 'GET', url: '/widgets/w1?sort_key=name' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toBe('querystring must NOT have additional properties');
  });

  it('accepts Neutron’s list parameters plus any filter, and refuses a bad sort_dir or a negative limit', async () => {
    const response = await app.inject({ method: 'GET', url: '/widgets?fields=id&limit=2&sort_dir=desc&sort_key=name&name=a' });
    expect(response.statusCode).toBe(200);
    const badDirection = await app.inject({ method: 'GET', url: '/widgets?sort_dir=up' });
    expect(badDirection.statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/widgets?limit=-1' })).statusCode).toBe(400);
  });
});

describe('response envelopes', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await widgetApp();
  });
  afterAll(async () => app.close());

  it('wraps one resource in its singular name and shows only the declared attributes', async () => {
    const response = await app.inject({ method: 'GET', url: '/widgets/w2' });
    const { secret: _secret, ...shown } = storedWidget;
    expect(response.json()).toEqual({ widget: { ...shown, id: 'w2' } });
  });

  it('wraps a list in the plural name with its links, and nothing else', async () => {
    const { secret: _secret, ...shown } = storedWidget;
    expect((await app.inject({ method: 'GET', url: '/widgets' })).json()).toEqual({ widgets: [shown], widgets_links: [{ rel: 'next', href: 'h' }] });
  });

  it('answers a delete with an empty 204', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/widgets/w1' });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
  });
});
