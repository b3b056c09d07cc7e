import { describe, expect, it } from 'vitest';
import { type OpenApiDocument, changedOperations, keepOperations, operationKeys, stableJson } from './package-document.js';

const document: OpenApiDocument = {
  openapi: '3.0.3',
  info: { title: 'API', version: '2.0' },
  paths: {
    '/v2.0/networks': { get: { summary: 'List networks' }, post: { summary: 'Create a network' } },
    '/v2.0/zones': { get: { summary: 'List zones' } },
  },
};

describe('package documents', () => {
  it('names operations as METHOD path', () => {
    expect([...operationKeys(document)]).toEqual(['GET /v2.0/networks', 'POST /v2.0/networks', 'GET /v2.0/zones']);
  });

  it('keeps only the chosen operations and drops paths left empty', () => {
    const kept = keepOperations(document, (key) => key === 'POST /v2.0/networks');
    expect(kept.paths).toEqual({ '/v2.0/networks': { post: { summary: 'Create a network' } } });
  });

  it('writes the same bytes whatever order the keys were added in, keeping array order', () => {
    expect(stableJson({ b: 1, a: { d: [3, 1], c: 2 } })).toBe(stableJson({ a: { c: 2, d: [3, 1] }, b: 1 }));
    expect(stableJson({ b: 1, a: [2, 1] })).toBe('{\n  "a": [\n    2,\n    1\n  ],\n  "b": 1\n}\n');
  });

  it('names the operations that differ, were added or went away', () => {
    const after = keepOperations(document, (key) => key !== 'GET /v2.0/zones');
    after.paths['/v2.0/networks'] = { ...after.paths['/v2.0/networks'], get: { summary: 'List all networks' } };
    after.paths['/v2.0/ports'] = { get: {} };
    expect(changedOperations(document, after)).toEqual(['GET /v2.0/networks', 'GET /v2.0/ports', 'GET /v2.0/zones']);
  });
});
