import { describe, expect, it } from 'vitest';
import { stabilityOf } from './operation-stability.js';

const operations = {
  'GET /v2.0/widgets': 'preview',
  'GET /v2.0/widgets/{widget_id}': 'preview',
  'PUT /v2.0/routers/{router_id}/add_router_interface': 'stable',
  'GET /v2.0/networks/{network_id}': 'stable',
} as const;

describe('stabilityOf', () => {
  it('finds an operation by its template, with the query string left out', () => {
    expect(stabilityOf(operations, 'GET', '/v2.0/widgets?fields=id')).toBe('preview');
    expect(stabilityOf(operations, 'GET', '/v2.0/widgets/w1')).toBe('preview');
    expect(stabilityOf(operations, 'PUT', '/v2.0/routers/r1/add_router_interface')).toBe('stable');
    expect(stabilityOf(operations, 'get', '/v2.0/networks/{network_id}')).toBe('stable');
  });

  it('knows nothing of another method, a longer path or an empty parameter', () => {
    expect(stabilityOf(operations, 'DELETE', '/v2.0/widgets/w1')).toBeUndefined();
    expect(stabilityOf(operations, 'GET', '/v2.0/widgets/w1/parts')).toBeUndefined();
    expect(stabilityOf(operations, 'GET', '/v2.0/networks/')).toBeUndefined();
  });

  it('is not fooled by keys of Object.prototype', () => {
    expect(stabilityOf(operations, 'GET', '__proto__')).toBeUndefined();
    expect(stabilityOf({}, 'constructor', '')).toBeUndefined();
  });
});
