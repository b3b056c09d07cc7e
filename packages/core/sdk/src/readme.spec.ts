import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG } from './errors.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The rows of the README's "Error codes" table, as the catalog would write them. */
function documentedCodes(): Record<string, { statusCode: number; type: string; summary: string }> {
  const section = readme.split(/^## Error codes$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = section.split('\n').filter((line) => /^\| `SY_ERR_/.test(line));
  return Object.fromEntries(
    rows.map((line) => {
      const [code, status, type, summary] = line.split('|').slice(1, -1).map((cell) => cell.trim().replaceAll('`', ''));
      return [code, { statusCode: Number(status), type, summary }];
    }),
  );
}

describe('README', () => {
  it('documents every error code exactly as ERROR_CATALOG defines it', () => {
    expect(documentedCodes()).toEqual(ERROR_CATALOG);
  });
});
