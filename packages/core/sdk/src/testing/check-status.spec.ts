import { describe, expect, it } from 'vitest';
import { checkStatus } from './check-status.js';
import type { Exchange } from './client.js';
import { FindingCollector } from './findings.js';

function answer(status: number, json: unknown): Exchange {
  return {
    caller: { name: 'B', project: 'b', admin: false },
    request: { method: 'GET', url: '/v2.0/shelves/%' },
    response: { status, headers: {}, text: JSON.stringify(json), json },
  };
}

const operation = { resource: 'shelf', label: 'GET /v2.0/shelves/{id}' };

describe('checkStatus', () => {
  it('reports a 5xx and a 4xx without a NeutronError body, naming the operation and the request', () => {
    const findings = new FindingCollector();
    expect(checkStatus(answer(500, { message: 'boom' }), operation, findings)).toBe(true);
    expect(checkStatus(answer(400, { error: 'Bad Request', code: 'FST_ERR_BAD_URL' }), operation, findings)).toBe(true);
    expect(checkStatus(answer(404, { NeutronError: { type: 'ShelfNotFound', message: 'gone' } }), operation, findings)).toBe(true);
    expect(findings.list()).toEqual([
      { check: 'server-error', resource: 'shelf', request: 'GET /v2.0/shelves/% as B', message: 'GET /v2.0/shelves/{id} answered 500: {"message":"boom"}', repeats: 0 },
      {
        check: 'error-body',
        resource: 'shelf',
        request: 'GET /v2.0/shelves/% as B',
        message: 'GET /v2.0/shelves/{id} answered 400 without a NeutronError body ({"NeutronError": {"type", "message", "code"}}): {"error":"Bad Request","code":"FST_ERR_BAD_URL"}',
        repeats: 0,
      },
      {
        check: 'error-body',
        resource: 'shelf',
        request: 'GET /v2.0/shelves/% as B',
        message: 'GET /v2.0/shelves/{id} answered 404 without a NeutronError body ({"NeutronError": {"type", "message", "code"}}): {"NeutronError":{"type":"ShelfNotFound","message":"gone"}}',
        repeats: 0,
      },
    ]);
  });

  it('accepts 2xx answers and 4xx answers with a complete NeutronError', () => {
    const findings = new FindingCollector();
    expect(checkStatus(answer(200, { shelves: [] }), operation, findings)).toBe(false);
    expect(checkStatus(answer(404, { NeutronError: { type: 'ShelfNotFound', message: 'gone', code: 'SY_ERR_NOT_FOUND' } }), operation, findings)).toBe(false);
    expect(findings.list()).toEqual([]);
  });
});
