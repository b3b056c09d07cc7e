import { describe, expect, it } from 'vitest';
import { formatFindings } from './describe-conformance.js';

describe('formatFindings', () => {
  it('writes one line per finding: resource, message, repeats, and the request to replay', () => {
    const lines = formatFindings([
      { check: 'server-error', resource: 'shelf', request: 'GET /v2.0/shelves?constructor=x as B', message: 'GET /v2.0/shelves answered 500: {}', repeats: 3 },
      { check: 'contract', request: 'GET /v2.0/openapi.json as admin', message: 'no document', repeats: 0 },
    ]);
    expect(lines).toEqual([
      'shelf: GET /v2.0/shelves answered 500: {} (and 3 more like it) <- GET /v2.0/shelves?constructor=x as B',
      '-: no document <- GET /v2.0/openapi.json as admin',
    ]);
  });
});
