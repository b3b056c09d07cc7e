import { describe, expect, it } from 'vitest';
import { compareSchemaWithTypes } from './schema-agreement.js';

const schema = { properties: { name: { type: 'string' }, dryRun: { type: 'boolean' } }, required: ['name'] };

describe('compareSchemaWithTypes', () => {
  it('finds nothing when they agree', () => {
    const declaration = 'export interface Options {\n  /** doc */\n  name: string;\n  dryRun?: boolean;\n}\n';
    expect(compareSchemaWithTypes(schema, declaration, 'Options')).toEqual([]);
  });

  it('names every disagreement', () => {
    const declaration = 'export interface Options {\n  name?: number;\n  extra: string;\n}\n';
    expect(compareSchemaWithTypes(schema, declaration, 'Options')).toEqual([
      '"name" is required in schema.json but not in Options',
      '"name" is string in schema.json but number in Options',
      '"dryRun" is in schema.json but not in Options',
      '"extra" is in Options but not in schema.json',
    ]);
    expect(compareSchemaWithTypes(schema, '', 'Options')).toEqual(['schema.d.ts has no "export interface Options"']);
  });
});
