import { describe, expect, it } from 'vitest';
import { generateClientTypes } from './generate-client-types.js';
import type { OpenApiDocument } from './list-operations.js';

const listing = (stability: string, name: string) => ({
  summary: `List ${name}`,
  'x-stability': stability,
  responses: { 200: { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { [name]: { type: 'array', items: { type: 'string' } } } } } } } },
});

/** A stable core with one preview path, as a stable package that grew a preview operation would have. */
const mixed: OpenApiDocument = {
  openapi: '3.0.3',
  info: { title: 'Fixture API', version: '1' },
  paths: { '/v2.0/gadgets': { get: listing('stable', 'gadgets') }, '/v2.0/widgets': { get: listing('preview', 'widgets') } },
} as OpenApiDocument;

const previewOnly: OpenApiDocument = {
  openapi: '3.0.3',
  info: { title: 'Widgets API', version: '1' },
  paths: { '/v2.0/widgets': { get: listing('preview', 'widgets'), delete: { 'x-stability': 'preview', responses: { 204: { description: 'Gone' } } } } },
} as OpenApiDocument;

const options = { source: 'api/openapi.json', updateCommand: 'npx nx run fixture:client-types:update' };

describe('generateClientTypes', () => {
  it('writes openapi-typescript types, each export @public, a path of a preview operation @beta', async () => {
    const { 'api.ts': api } = await generateClientTypes(mixed, options);
    expect(api).toMatch(/^\/\/ Generated from api\/openapi\.json by the client-types target: do not edit\.\n\/\/ Regenerate with `npx nx run fixture:client-types:update`\./);
    expect(api).toMatch(/\/\*\* @public \*\/\s*export interface paths \{/);
    expect(api).toMatch(/\/\*\* @beta \*\/\s*"\/v2\.0\/widgets": \{/);
    expect(api).not.toMatch(/\/\*\* @beta \*\/\s*"\/v2\.0\/gadgets"/);
    expect(api).toMatch(/\/\*\* @public \*\/\s*export interface components \{/);
    expect(api).toContain('gadgets?: string[];');
  });

  it("tags everything @beta in a preview's document, with no tag per path", async () => {
    const { 'api.ts': api, 'operation-stability.ts': stability } = await generateClientTypes(previewOnly, options);
    expect(api).toMatch(/\/\*\* @beta \*\/\s*export interface paths \{/);
    expect(api).not.toContain('@public');
    expect(api.match(/@beta/g)?.length).toBe(api.match(/^export /gm)?.length);
    expect(stability).toContain(' * @beta\n */\nexport const operationStability = {\n  "GET /v2.0/widgets": "preview",\n  "DELETE /v2.0/widgets": "preview",\n} as const;\n');
  });

  it('lists every operation with its x-stability, stable when it has none', async () => {
    const document = { ...mixed, paths: { ...mixed.paths, '/': { get: { responses: { 200: { description: 'OK' } } } } } } as OpenApiDocument;
    const { 'operation-stability.ts': stability } = await generateClientTypes(document, options);
    expect(stability).toContain(' * The stability (`x-stability`) of each operation of Fixture API.\n *\n * @public\n');
    expect(stability).toContain('  "GET /v2.0/gadgets": "stable",\n  "GET /v2.0/widgets": "preview",\n  "GET /": "stable",\n');
  });
});

describe('the comments openapi-typescript writes', () => {
  it('become TSDoc API Extractor reads: a description as plain text, braces escaped, no JSDoc @enum', async () => {
    const schema = { type: 'object', properties: { direction: { type: 'string', enum: ['in', 'out'], description: 'Which way, as in PUT /v/{id}.' }, verdict: { type: 'string', enum: ['allow', 'deny'] } } };
    const responses = { 200: { description: 'The verdict', content: { 'application/json': { schema } } } };
    const document = { openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: { '/v': { get: { responses } } } } as OpenApiDocument;
    const { 'api.ts': api } = await generateClientTypes(document, options);
    expect(api).not.toMatch(/@description|@enum/);
    expect(api).toMatch(/\/\*\*\n\s+\* Which way, as in PUT \/v\/\\\{id\\\}\.\n\s+\*\/\n\s+direction\?: "in" \| "out";/);
    expect(api).toMatch(/\/\*\* The verdict \*\/\n\s+200: \{/);
    expect(api).toMatch(/\n\s+verdict\?: "allow" \| "deny";/);
  });
});
