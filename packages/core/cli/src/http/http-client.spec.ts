import { describe, expect, it } from 'vitest';
import { CliError, ServerError } from '../errors.js';
import { createHttpClient } from './http-client.js';

interface Sent {
  url: string;
  init: RequestInit;
}

/** A fetch that records the request and answers `status` with `body` (text). */
function fakeFetch(status: number, body: string, sent: Sent[] = []): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response(status === 204 ? null : body, { status });
  }) as typeof fetch;
}

describe('createHttpClient', () => {
  it('sends JSON with X-Project-Id and X-Auth-Token when given, and returns the parsed body', async () => {
    const sent: Sent[] = [];
    const request = createHttpClient({ url: 'http://server:9696', project: 'p1', token: 't1' }, fakeFetch(201, '{"network":{"id":"n1"}}', sent));
    expect(await request('POST', '/v2.0/networks', { network: { name: 'a' } })).toEqual({ network: { id: 'n1' } });
    expect(sent[0].url).toBe('http://server:9696/v2.0/networks');
    expect(sent[0].init).toMatchObject({
      method: 'POST',
      body: '{"network":{"name":"a"}}',
      headers: { accept: 'application/json', 'content-type': 'application/json', 'x-project-id': 'p1', 'x-auth-token': 't1' },
    });
  });

  it('sends no credentials headers when none are configured, and resolves a 204 to undefined', async () => {
    const sent: Sent[] = [];
    const request = createHttpClient({ url: 'http://server:9696' }, fakeFetch(204, '', sent));
    expect(await request('DELETE', '/v2.0/networks/n1')).toBeUndefined();
    expect(sent[0].init.headers).toEqual({ accept: 'application/json' });
  });

  it("turns a NeutronError into a ServerError carrying the server's message, status and type", async () => {
    const body = JSON.stringify({ NeutronError: { type: 'NetworkNotFound', message: 'Network n9 could not be found.', detail: '' } });
    const failure = createHttpClient({ url: 'http://server:9696' }, fakeFetch(404, body))('GET', '/v2.0/networks/n9');
    await expect(failure).rejects.toEqual(new ServerError(404, 'NetworkNotFound', 'Network n9 could not be found.'));
    await expect(failure).rejects.toMatchObject({ status: 404, type: 'NetworkNotFound', code: 'SY_CLI_SERVER' });
  });

  it('names the request when an error answer has no NeutronError', async () => {
    const failure = createHttpClient({ url: 'http://server:9696' }, fakeFetch(500, '{}'))('GET', '/v2.0/ports');
    await expect(failure).rejects.toThrow('GET /v2.0/ports failed with HTTP 500');
  });

  it('refuses a body that is not JSON, quoting its start', async () => {
    const failure = createHttpClient({ url: 'http://server:9696' }, fakeFetch(502, '<html>Bad gateway</html>'))('GET', '/v2.0/ports');
    await expect(failure).rejects.toThrow('GET /v2.0/ports answered 502 with a body that is not JSON: "<html>Bad gateway</html>"');
  });

  it('reports a failed connection as an unreachable server', async () => {
    const refused = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const failure = createHttpClient({ url: 'http://server:9696' }, refused)('GET', '/v2.0/ports');
    await expect(failure).rejects.toBeInstanceOf(CliError);
    await expect(failure).rejects.toThrow('cannot reach the Switchyard server at http://server:9696: is it running? set --url or SWITCHYARD_URL');
  });
});
