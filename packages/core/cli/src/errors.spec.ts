import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_ERROR_CATALOG } from './errors.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The rows of the README's error table, as the catalog would write them. */
function documentedCodes(): Record<string, string> {
  const section = readme.split(/^## Errors and exit codes$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = section.split('\n').filter((line) => /^\| `SY_CLI_/.test(line));
  return Object.fromEntries(rows.map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim().replaceAll('`', ''))));
}

describe('README', () => {
  it('documents every error code exactly as CLI_ERROR_CATALOG defines it', () => {
    expect(documentedCodes()).toEqual(CLI_ERROR_CATALOG);
  });
});
