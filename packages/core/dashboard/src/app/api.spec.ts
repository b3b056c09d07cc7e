import { describe, expect, it } from 'vitest';
import { ApiError, authHeaders, createApi, readableError } from './api.js';
import type { Session } from './session.js';

const noauth: Session = { token: '', projectId: 'demo', admin: false, actingProject: '' };

function fakeFetch(status: number, body: string, seen: Array<{ url: string; init: RequestInit }> = []): typeof fetch {
  return async (url, init) => {
    seen.push({ url: String(url), init: init ?? {} });
    return new Response(status === 204 ? null : body, { status });
  };
}

describe('createApi', () => {
  it('sends JSON with the session credentials and returns the parsed body', async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const api = createApi(noauth, fakeFetch(201, '{"network":{"id":"n1"}}', seen));
    await expect(api.request('POST', '/v2.0/networks', { network: { name: 'a' } })).resolves.toEqual({ network: { id: 'n1' } });
    expect(seen[0]?.init.body).toBe('{"network":{"name":"a"}}');
    expect(seen[0]?.init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-Project-Id': 'demo' });
  });

  it('resolves to undefined for 204', async () => {
    await expect(createApi(noauth, fakeFetch(204, '')).request('DELETE', '/v2.0/networks/n1')).resolves.toBeUndefined();
  });

  it("rejects with the NeutronError's message and the status", async () => {
    const body = JSON.stringify({ NeutronError: { type: 'NetworkNotFound', message: 'Network n9 could not be found.', detail: '' } });
    const error = await createApi(noauth, fakeFetch(404, body)).request('GET', '/v2.0/networks/n9').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('Network n9 could not be found.');
    expect((error as ApiError).status).toBe(404);
  });

  it('says the server cannot be reached when fetch itself fails', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(createApi(noauth, failing).request('GET', '/v2.0/networks')).rejects.toThrow('The server cannot be reached (Failed to fetch); is it running?');
  });
});

describe('authHeaders', () => {
  it('sends only the token when there is one', () => {
    expect(authHeaders({ ...noauth, token: 's3cret', admin: true })).toEqual({ 'X-Auth-Token': 's3cret' });
  });

  it('sends the noauth project, the default one when empty, and the admin role when asked', () => {
    expect(authHeaders({ ...noauth, projectId: '', admin: true })).toEqual({ 'X-Project-Id': 'default', 'X-Roles': 'admin' });
  });
});

describe('readableError', () => {
  it('quotes the start of a body that is not a NeutronError', () => {
    expect(readableError(502, '<html>Bad gateway</html>')).toBe('The server answered 502: <html>Bad gateway</html>');
    expect(readableError(500, '')).toBe('The server answered 500');
  });
});
