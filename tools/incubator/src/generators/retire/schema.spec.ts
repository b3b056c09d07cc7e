import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSchemaWithTypes } from '../../lib/schema-agreement.js';

const schema = JSON.parse(readFileSync(new URL('./schema.json', import.meta.url), 'utf8'));
const declaration = readFileSync(new URL('./schema.d.ts', import.meta.url), 'utf8');

describe('retire schema', () => {
  it('agrees with schema.d.ts', () => {
    expect(compareSchemaWithTypes(schema, declaration, 'RetireGeneratorSchema')).toEqual([]);
  });

  it('takes the name from the first positional argument', () => {
    expect(schema.properties.name.$default).toEqual({ $source: 'argv', index: 0 });
  });
});
