import { describe, expect, it } from 'vitest';
import { elementName, locateChange } from './change-location.js';
import { type StructuralChange, classifyChange } from './http-change-rules.js';

const library = { breaking: false, description: 'from the library' };
const change = (action: StructuralChange['action'], below: (string | number)[], before?: unknown, after?: unknown): StructuralChange => ({
  action,
  location: locateChange(below),
  before,
  after,
  library,
});
const responseSchema = ['responses', '200', 'content', 'application/json', 'schema'];
const requestSchema = ['requestBody', 'content', 'application/json', 'schema'];

describe('locating a change', () => {
  it('names a response field through arrays and objects', () => {
    const location = locateChange([...responseSchema, 'properties', 'networks', 'items', 'properties', 'mtu', 'type']);
    expect(location).toMatchObject({ place: 'response', status: '200', field: 'networks[].mtu', keyword: 'type' });
    expect(elementName('GET /v2.0/networks', location)).toBe('GET /v2.0/networks 200 response networks[].mtu');
  });

  it('names parameters by where they go and their name', () => {
    expect(elementName('GET /v2.0/networks', locateChange(['parameters', 'query limit', 'schema', 'type']))).toBe('GET /v2.0/networks query parameter limit');
  });
});

describe('our HTTP compatibility rules', () => {
  it('a response may promise more, never less', () => {
    expect(classifyChange(change('remove', [...responseSchema, 'properties', 'mtu']))).toMatchObject({ breaking: true });
    expect(classifyChange(change('add', [...responseSchema, 'properties', 'mtu']))).toMatchObject({ breaking: false });
    expect(classifyChange(change('remove', [...responseSchema, 'required', 0], 'mtu'))).toMatchObject({ field: 'mtu', breaking: true });
  });

  it('a request may accept more, never demand more', () => {
    expect(classifyChange(change('add', [...requestSchema, 'properties', 'network', 'required', 0], undefined, 'name'))).toEqual({
      field: 'network.name',
      change: 'became required',
      breaking: true,
    });
    expect(classifyChange(change('remove', [...requestSchema, 'properties', 'network', 'required', 0], 'name'))).toMatchObject({ breaking: false });
    expect(classifyChange(change('add', [...requestSchema, 'properties', 'network', 'properties', 'x', 'enum'], undefined, ['a']))).toMatchObject({ breaking: true });
  });

  it('a changed type or a removed enum value breaks wherever it is', () => {
    expect(classifyChange(change('replace', [...requestSchema, 'type'], 'string', 'integer'))).toMatchObject({ breaking: true });
    expect(classifyChange(change('remove', [...responseSchema, 'properties', 'status', 'enum', 2], 'ERROR'))).toMatchObject({ breaking: true });
    expect(classifyChange(change('add', [...responseSchema, 'properties', 'status', 'enum', 3], undefined, 'BUILD'))).toMatchObject({ breaking: false });
  });

  it('only success status codes are promises', () => {
    expect(classifyChange(change('remove', ['responses', '201']))).toMatchObject({ breaking: true, change: 'success status code removed' });
    expect(classifyChange(change('remove', ['responses', '409']))).toMatchObject({ breaking: false });
  });

  it('ignores documentation and leaves the rest to the library', () => {
    expect(classifyChange(change('replace', ['summary'], 'a', 'b'))).toBeNull();
    expect(classifyChange(change('replace', [...responseSchema, 'properties', 'name', 'description'], 'a', 'b'))).toBeNull();
    expect(classifyChange(change('replace', [...requestSchema, 'properties', 'name', 'maxLength'], 255, 64))).toEqual({ change: 'from the library', breaking: false });
  });
});
