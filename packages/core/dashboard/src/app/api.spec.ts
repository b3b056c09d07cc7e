import { describe, expect, it } from 'vitest';
import { ApiError, createApi } from './api.js';
import type { Session } from './session.js';

const noauth: Session = { token: '', projectId: 'demo', admin: false, actingProject: '' };
const BASE = 'http://dashboard.test:9696/dashboard/';

/** A fetch answering `status` and `body`, keeping each Request the client sent. */
function fakeFetch(status: number, body: string, sent: Request[] = []): typeof fetch {
  return (async (request: Request) => {
    sent.push(request);
    return new Response(status === 204 ? null : body, { status });
  }) as typeof fetch;
}

function apiOf(session: Session, fetchImpl: typeof fetch) {
  return createApi(session, { base: BASE, fetch: fetchImpl });
}

describe('createApi', () => {
  it('sends JSON with the session credentials and returns the parsed body', async () => {
    const sent: Request[] = [];
    const api = apiOf(noauth, fakeFetch(201, '{"network":{"id":"n1"}}', sent));
    await expect(api.request('POST', '/v2.0/networks', { network: { name: 'a' } })).resolves.toEqual({ network: { id: 'n1' } });
    expect(sent[0]?.url).toBe('http://dashboard.test:9696/v2.0/networks');
    expect(await sent[0]?.text()).toBe('{"network":{"name":"a"}}');
    expect(Object.fromEntries(sent[0]?.headers ?? [])).toMatchObject({ 'content-type': 'application/json', 'x-project-id': 'demo' });
    expect(sent[0]?.headers.has('x-roles')).toBe(false);
  });

  it('resolves a path beside the page (panels.json) and keeps a query string', async () => {
    const sent: Request[] = [];
    const api = apiOf(noauth, fakeFetch(200, '{}', sent));
    await api.request('GET', 'panels.json');
    await api.request('GET', '/v2.0/ports?device_owner=network:router_interface');
    expect(sent.map((request) => request.url)).toEqual([
      'http://dashboard.test:9696/dashboard/panels.json',
      'http://dashboard.test:9696/v2.0/ports?device_owner=network:router_interface',
    ]);
  });

  it('resolves to undefined for 204', async () => {
    await expect(apiOf(noauth, fakeFetch(204, '')).request('DELETE', '/v2.0/networks/n1')).resolves.toBeUndefined();
  });

  it("rejects with the NeutronError's message and the status", async () => {
    const body = JSON.stringify({ NeutronError: { type: 'NetworkNotFound', message: 'Network n9 could not be found.', detail: '' } });
    const error = await apiOf(noauth, fakeFetch(404, body))
      .request('GET', '/v2.0/networks/n9')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('Network n9 could not be found.');
    expect((error as ApiError).status).toBe(404);
  });

  it('names the request and quotes the start of a body that is not JSON', async () => {
    const error = await apiOf(noauth, fakeFetch(502, '<html>Bad gateway</html>'))
      .request('GET', '/v2.0/networks')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('GET /v2.0/networks answered 502 with a body that is not JSON: "<html>Bad gateway</html>"');
    expect((error as ApiError).status).toBe(502);
  });

  it('says the server cannot be reached when fetch itself fails', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(apiOf(noauth, failing).request('GET', '/v2.0/networks')).rejects.toThrow(new ApiError('The server cannot be reached (Failed to fetch); is it running?', 0));
  });
});

describe('credentials', () => {
  async function headersSent(session: Session): Promise<Record<string, string>> {
    const sent: Request[] = [];
    await apiOf(session, fakeFetch(200, '{}', sent)).request('GET', '/v2.0/networks');
    const headers = Object.fromEntries(sent[0]?.headers ?? []);
    delete headers.accept;
    return headers;
  }

  it('sends only the token when there is one', async () => {
    expect(await headersSent({ ...noauth, token: 's3cret', admin: true })).toEqual({ 'x-auth-token': 's3cret' });
  });

  it('sends the noauth project, the default one when empty, and the admin role when asked', async () => {
    expect(await headersSent({ ...noauth, projectId: '', admin: true })).toEqual({ 'x-project-id': 'default', 'x-roles': 'admin' });
  });
});
