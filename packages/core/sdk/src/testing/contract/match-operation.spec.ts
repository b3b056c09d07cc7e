import { describe, expect, it } from 'vitest';
import { documentedResponse, matchOperation } from './match-operation.js';
import type { OpenApiDocument } from './openapi-document.js';

const ok = { responses: { '200': {} } };
const document: OpenApiDocument = {
  paths: {
    '/v2.0/shelves': { get: ok, post: ok },
    '/v2.0/shelves/{id}': { get: ok },
    '/v2.0/shelves/count': { get: ok },
  },
};

describe('matchOperation', () => {
  it('matches templates segment by segment, the most literal first, ignoring the query', () => {
    expect(matchOperation(document, 'GET', '/v2.0/shelves/abc?fields=id')?.label).toBe('GET /v2.0/shelves/{id}');
    expect(matchOperation(document, 'GET', '/v2.0/shelves/count')?.label).toBe('GET /v2.0/shelves/count');
    expect(matchOperation(document, 'POST', '/v2.0/shelves')?.label).toBe('POST /v2.0/shelves');
  });

  it('matches nothing for an empty segment, another depth, an undocumented method or a prototype name', () => {
    expect(matchOperation(document, 'GET', '/v2.0/shelves/')).toBeUndefined();
    expect(matchOperation(document, 'GET', '/v2.0/shelves/a/b')).toBeUndefined();
    expect(matchOperation(document, 'DELETE', '/v2.0/shelves/a')).toBeUndefined();
    expect(matchOperation(document, 'constructor', '/v2.0/shelves')).toBeUndefined();
  });
});

describe('documentedResponse', () => {
  const operation = {
    responses: {
      '201': { content: { 'application/json': { schema: { type: 'object' } } } },
      '4XX': { content: { 'application/problem+json': { schema: { type: 'string' } } } },
      default: {},
    },
  };

  it('takes the exact status, then its class, then default', () => {
    expect(documentedResponse(operation, 201)).toEqual({ key: '201', schema: { type: 'object' } });
    expect(documentedResponse(operation, 404)).toEqual({ key: '4XX', schema: { type: 'string' } });
    expect(documentedResponse(operation, 302)).toEqual({ key: 'default', schema: undefined });
    expect(documentedResponse({ responses: { '200': {} } }, 404)).toBeUndefined();
  });
});
