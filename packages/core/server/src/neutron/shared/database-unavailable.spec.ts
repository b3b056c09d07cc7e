import { describe, expect, it } from 'vitest';
import { databaseUnavailableErrorOf } from './database-unavailable.js';

/** The codes pg and Node put on the errors they raise (a real statement timeout: tests/postgres/statement-timeout.spec.ts). */
const failure = (code: string) => Object.assign(new Error(code), { code });

describe('databaseUnavailableErrorOf', () => {
  it.each(['57P01', '57P03', '08006', 'ECONNREFUSED', 'ECONNRESET'])('answers a lost or refused database connection (%s) with a 503 to retry', (code) => {
    const answer = databaseUnavailableErrorOf(failure(code));
    expect(answer?.statusCode).toBe(503);
    expect(answer?.toBody().NeutronError).toMatchObject({ type: 'ServiceUnavailable', code: 'SY_ERR_UNAVAILABLE' });
    expect(answer?.message).toContain('Retry');
  });

  it.each(['23505', 'SQLITE_CONSTRAINT_FOREIGNKEY', '42P01', 'SY_ERR_NOT_FOUND'])('leaves every other failure (%s) to the other mappings', (code) => {
    expect(databaseUnavailableErrorOf(failure(code))).toBeUndefined();
  });

  it('leaves an error without a code alone', () => {
    expect(databaseUnavailableErrorOf(new Error('boom'))).toBeUndefined();
    expect(databaseUnavailableErrorOf(null)).toBeUndefined();
  });
});
