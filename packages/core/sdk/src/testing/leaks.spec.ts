import { describe, expect, it } from 'vitest';
import type { Exchange } from './client.js';
import { LeakDetector } from './leaks.js';
import type { ConformanceCallerName } from './options.js';

function exchange(caller: ConformanceCallerName, url: string, answer: string, body?: unknown): Exchange {
  return {
    caller: { name: caller, project: caller, admin: caller === 'admin' },
    request: { method: body === undefined ? 'GET' : 'POST', url, body },
    response: { status: 404, headers: {}, text: answer, json: undefined },
  };
}

describe('LeakDetector', () => {
  const secret = { value: 'a-shelf-1234', label: "the id of project A's shelf a-shelf-1234" };
  const name = { value: 'secret-of-a-name', label: "the name of project A's shelf" };

  it('reports a secret of A in what B is told', () => {
    const detector = new LeakDetector();
    detector.arm([secret, name]);
    expect(detector.check(exchange('B', '/v2.0/shelves/x', 'shelf x is secret-of-a-name'))).toBe(name);
  });

  it('does not report what B sent itself, now or earlier, nor what A or the admin are told', () => {
    const detector = new LeakDetector();
    detector.arm([secret, name]);
    expect(detector.check(exchange('B', '/v2.0/shelves/a-shelf-1234', 'Shelf a-shelf-1234 could not be found.'))).toBeUndefined();
    expect(detector.check(exchange('B', '/v2.0/books', '{"book":{"shelf_id":"a-shelf-1234"}}', { book: { name: 'x' } }))).toBeUndefined();
    expect(detector.check(exchange('B', '/v2.0/shelves?name=secret-of-a-%6Eame', '[secret-of-a-name]'))).toBeUndefined();
    expect(detector.check(exchange('A', '/v2.0/shelves', 'secret-of-a-name'))).toBeUndefined();
    expect(detector.check(exchange('admin', '/v2.0/shelves', 'secret-of-a-name'))).toBeUndefined();
  });

  it('excuses a per-request secret only in the answer to the request that sent it', () => {
    const project = { value: 'conformance-a-1', label: "project A's id", perRequest: true };
    const detector = new LeakDetector();
    detector.arm([project]);
    expect(detector.check(exchange('B', '/v2.0/shelves', 'not in conformance-a-1', { shelf: { project_id: 'conformance-a-1' } }))).toBeUndefined();
    expect(detector.check(exchange('B', '/v2.0/shelves/x', 'x belongs to conformance-a-1'))).toBe(project);
  });

  it('reports nothing before it is armed', () => {
    expect(new LeakDetector().check(exchange('B', '/v2.0/shelves', 'a-shelf-1234'))).toBeUndefined();
  });
});
