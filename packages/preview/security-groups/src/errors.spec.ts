import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG } from '@switchyard/sdk';
import { SECURITY_GROUP_ERRORS, type SecurityGroupErrorType, securityGroupError } from './errors.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** Rows of the README's "Errors" table: type -> status. */
function documentedErrors(): Map<string, number> {
  const section = readme.split('## Errors')[1]?.split('\n## ')[0] ?? '';
  const rows = [...section.matchAll(/^\| `(\w+)` \| (\d{3}) \|/gm)];
  return new Map(rows.map((row) => [row[1], Number(row[2])]));
}

describe('the security groups error catalog', () => {
  it('is documented in README.md, type by type, with the same status', () => {
    const catalog = new Map(Object.entries(SECURITY_GROUP_ERRORS).map(([type, entry]) => [type, ERROR_CATALOG[entry.code].statusCode as number]));
    expect(documentedErrors()).toEqual(catalog);
  });

  it('builds errors that carry the Neutron type and the status of their code', () => {
    for (const type of Object.keys(SECURITY_GROUP_ERRORS) as SecurityGroupErrorType[]) {
      const error = securityGroupError(type, 'message');
      expect(error.type).toBe(type);
      expect(error.statusCode).toBe(ERROR_CATALOG[SECURITY_GROUP_ERRORS[type].code].statusCode);
      expect(error.toBody().NeutronError).toMatchObject({ type, message: 'message' });
    }
  });
});
