import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff-openapi.js';

/** A small document in the shape our generator writes: a list, a create and a delete. */
function api() {
  const network = {
    type: 'object',
    properties: { id: { type: 'string' }, mtu: { type: 'integer' }, status: { type: 'string', enum: ['ACTIVE', 'DOWN', 'ERROR'] } },
  };
  return {
    openapi: '3.0.3',
    info: { title: 'API', version: '2.0' },
    paths: {
      '/v2.0/networks': {
        get: {
          summary: 'List networks',
          parameters: [{ in: 'query', name: 'limit', required: false, schema: { type: 'integer' } }],
          responses: { 200: { description: 'Default Response', content: { 'application/json': { schema: { type: 'object', properties: { networks: { type: 'array', items: network } } } } } } },
        } as Record<string, unknown>,
        post: {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['network'],
                  properties: { network: { type: 'object', properties: { name: { type: 'string' }, admin_state_up: { type: 'boolean' } } as Record<string, unknown> } },
                },
              },
            },
          },
          responses: { 201: { description: 'Default Response', content: { 'application/json': { schema: { type: 'object', properties: { network: structuredClone(network) } } } } } },
        },
      },
      '/v2.0/networks/{id}': {
        delete: { responses: { 204: { description: 'No content' } } as Record<string, unknown> },
      },
    } as Record<string, Record<string, Record<string, unknown>>>,
  };
}

type Api = ReturnType<typeof api>;

function diffAfter(change: (document: Api) => void) {
  const before = api();
  const after = api();
  change(after);
  return diffOpenApi(JSON.stringify(before), JSON.stringify(after));
}

const listItem = (document: Api) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (document.paths['/v2.0/networks'].get as any).responses[200].content['application/json'].schema.properties.networks.items;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const createBody = (document: Api) => (document.paths['/v2.0/networks'].post as any).requestBody.content['application/json'].schema.properties.network;

describe('diffOpenApi', () => {
  it('finds nothing between equal documents', () => {
    expect(diffOpenApi(JSON.stringify(api()), JSON.stringify(api()))).toEqual([]);
  });

  it('breaks on a removed operation and names it', () => {
    expect(diffAfter((document) => delete document.paths['/v2.0/networks/{id}'])).toEqual([
      { surface: 'http', element: 'DELETE /v2.0/networks/{id}', change: 'operation removed', breaking: true },
    ]);
  });

  it('does not break on an added path', () => {
    expect(diffAfter((document) => (document.paths['/v2.0/zones'] = { get: { responses: { 200: { description: 'ok' } } } }))).toEqual([
      { surface: 'http', element: 'GET /v2.0/zones', change: 'operation added', breaking: false },
    ]);
  });

  it('breaks on a field removed from a response, named down to the array item', () => {
    expect(diffAfter((document) => delete listItem(document).properties.mtu)).toEqual([
      { surface: 'http', element: 'GET /v2.0/networks 200 response networks[].mtu', change: 'removed from the response', breaking: true },
    ]);
  });

  it('does not break on a field added to a response', () => {
    const changes = diffAfter((document) => (listItem(document).properties.dns_domain = { type: 'string' }));
    expect(changes).toEqual([{ surface: 'http', element: 'GET /v2.0/networks 200 response networks[].dns_domain', change: 'added', breaking: false }]);
  });

  it('breaks on a new required request field, and not on a new optional one', () => {
    const required = diffAfter((document) => {
      createBody(document).properties.segment = { type: 'string' };
      createBody(document).required = ['segment'];
    });
    expect(required).toContainEqual({ surface: 'http', element: 'POST /v2.0/networks request network.segment', change: 'became required', breaking: true });
    const optional = diffAfter((document) => (createBody(document).properties.segment = { type: 'string' }));
    expect(optional).toEqual([{ surface: 'http', element: 'POST /v2.0/networks request network.segment', change: 'added', breaking: false }]);
  });

  it('breaks on a request field clients may no longer send', () => {
    expect(diffAfter((document) => delete createBody(document).properties.admin_state_up)).toEqual([
      { surface: 'http', element: 'POST /v2.0/networks request network.admin_state_up', change: 'removed: requests that send it are refused', breaking: true },
    ]);
  });

  it('breaks on a changed type', () => {
    expect(diffAfter((document) => (listItem(document).properties.mtu = { type: 'string' }))).toEqual([
      { surface: 'http', element: 'GET /v2.0/networks 200 response networks[].mtu', change: 'type changed from integer to string', breaking: true },
    ]);
  });

  it('breaks on a narrowed enum and not on an added enum value', () => {
    const narrowed = diffAfter((document) => (listItem(document).properties.status.enum = ['ACTIVE', 'DOWN']));
    expect(narrowed).toEqual([{ surface: 'http', element: 'GET /v2.0/networks 200 response networks[].status', change: 'enum value "ERROR" removed', breaking: true }]);
    const widened = diffAfter((document) => listItem(document).properties.status.enum.push('BUILD'));
    expect(widened).toEqual([{ surface: 'http', element: 'GET /v2.0/networks 200 response networks[].status', change: 'enum value "BUILD" added', breaking: false }]);
  });

  it('breaks on a changed success status code', () => {
    const changes = diffAfter((document) => (document.paths['/v2.0/networks/{id}'].delete.responses = { 200: { description: 'ok' } }));
    expect(changes).toContainEqual({ surface: 'http', element: 'DELETE /v2.0/networks/{id} 204 response', change: 'success status code removed', breaking: true });
    expect(changes.filter((change) => change.breaking)).toHaveLength(1);
  });

  it('breaks on a new required query parameter, named even when it comes first', () => {
    const changes = diffAfter((document) => {
      const list = document.paths['/v2.0/networks'].get as { parameters: unknown[] };
      list.parameters.unshift({ in: 'query', name: 'segment', required: true, schema: { type: 'string' } });
    });
    expect(changes).toEqual([{ surface: 'http', element: 'GET /v2.0/networks query parameter segment', change: 'added as a required parameter', breaking: true }]);
  });

  it('breaks on a parameter type change, not on documentation changes', () => {
    const changes = diffAfter((document) => {
      const list = document.paths['/v2.0/networks'].get as { summary: string; parameters: { schema: object }[] };
      list.summary = 'List all networks';
      list.parameters[0].schema = { type: 'string' };
    });
    expect(changes).toEqual([{ surface: 'http', element: 'GET /v2.0/networks query parameter limit', change: 'type changed from integer to string', breaking: true }]);
  });

  it('refuses a document that is not JSON, saying which one', () => {
    expect(() => diffOpenApi('{', JSON.stringify(api()))).toThrow(/the released OpenAPI document is not valid JSON/);
  });
});
