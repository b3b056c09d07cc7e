import { describe, expect, it } from 'vitest';
import type { Exchange } from '../client.js';
import { ContractValidator } from './contract-validator.js';
import type { OpenApiDocument } from './openapi-document.js';

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const document: OpenApiDocument = {
  paths: {
    '/v2.0/shelves/{id}': {
      get: {
        responses: {
          '200': json({ type: 'object', properties: { shelf: { $ref: '#/components/schemas/shelf' } } }),
          '4XX': json({ type: 'object', required: ['NeutronError'] }),
        },
      },
      delete: { responses: { '204': { description: 'Deleted.' } } },
    },
  },
  components: {
    schemas: { shelf: { type: 'object', properties: { name: { type: 'string', nullable: true }, status: { type: 'string', enum: ['ACTIVE'] } } } },
  },
};

function answer(status: number, body: unknown, method: 'GET' | 'DELETE' = 'GET'): Exchange {
  const text = body === undefined ? '' : JSON.stringify(body);
  return { caller: { name: 'B', project: 'b', admin: false }, request: { method, url: '/v2.0/shelves/1' }, response: { status, headers: {}, text, json: body } };
}

describe('ContractValidator', () => {
  const validator = new ContractValidator(document);

  it('accepts responses that match, with components and nullable, and bodiless ones', () => {
    expect(validator.check(answer(200, { shelf: { name: null, status: 'ACTIVE' } }))).toBeUndefined();
    expect(validator.check(answer(404, { NeutronError: {} }))).toBeUndefined();
    expect(validator.check(answer(204, undefined, 'DELETE'))).toBeUndefined();
  });

  it('names the operation, the status and the Ajv error of a body that breaks its schema', () => {
    expect(validator.check(answer(200, { shelf: { status: 'BROKEN' } }))).toEqual({
      operation: 'GET /v2.0/shelves/{id}',
      status: 200,
      message: 'the body breaks the schema of response 200: at /shelf/status: must be equal to one of the allowed values {"allowedValues":["ACTIVE"]}',
      key: 'GET /v2.0/shelves/{id} 200 /shelf/status enum',
    });
    expect(validator.check(answer(400, { message: 'no' }))?.message).toBe(
      'the body breaks the schema of response 4XX: at (root): must have required property \'NeutronError\' {"missingProperty":"NeutronError"}',
    );
  });

  it('reports a status the document does not list, and leaves 5xx to the server-error check', () => {
    expect(validator.check(answer(302, {}))?.message).toBe('status 302 is not documented for it (documented: 200, 4XX)');
    expect(validator.check(answer(500, {}))).toBeUndefined();
  });
});
