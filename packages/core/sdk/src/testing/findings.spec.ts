import { describe, expect, it } from 'vitest';
import { FindingCollector } from './findings.js';

describe('FindingCollector', () => {
  it('keeps the first request of findings with the same key and counts every occurrence', () => {
    const findings = new FindingCollector();
    findings.add({ check: 'server-error', resource: 'shelf', request: 'first', message: 'answered 500: a', key: 'GET /v2.0/shelves 500' });
    findings.add({ check: 'server-error', resource: 'shelf', request: 'second', message: 'answered 500: b', key: 'GET /v2.0/shelves 500' });
    findings.add({ check: 'server-error', resource: 'book', request: 'third', message: 'answered 500: c', key: 'GET /v2.0/shelves 500' });
    findings.add({ check: 'leak', request: 'fourth', message: 'leaked' });
    expect(findings.list()).toEqual([
      { check: 'server-error', resource: 'shelf', request: 'first', message: 'answered 500: a', repeats: 1 },
      { check: 'server-error', resource: 'book', request: 'third', message: 'answered 500: c', repeats: 0 },
      { check: 'leak', request: 'fourth', message: 'leaked', repeats: 0 },
    ]);
    expect([findings.count('server-error'), findings.count('leak'), findings.count('contract')]).toEqual([3, 1, 0]);
  });
});
