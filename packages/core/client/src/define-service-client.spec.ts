import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineServiceClient } from './define-service-client.js';
import { SwitchyardApiError, SwitchyardConnectionError, SwitchyardResponseError } from './errors.js';
import { SILENCE_PREVIEW_WARNINGS_ENV } from './preview-warning.js';

/** A small document's types, as openapi-typescript writes them. */
interface WidgetPaths {
  '/v2.0/widgets': {
    get: { responses: { 200: { content: { 'application/json': { widgets: { id: string }[] } } } } };
    post: {
      requestBody: { content: { 'application/json': { widget: { name: string } } } };
      responses: { 201: { content: { 'application/json': { widget: { id: string; name: string } } } } };
    };
  };
}

const operations = { 'GET /v2.0/widgets': 'preview', 'POST /v2.0/widgets': 'preview', 'GET /v2.0/gadgets': 'stable' } as const;

/** A client of a service named `service` (each test its own: warnings are once per process and service). */
function widgetsClient(service: string, answer: () => Response, options: { token?: string; project?: string; roles?: string[]; previewWarnings?: boolean } = {}) {
  const sent: Request[] = [];
  const fetchImpl = (async (request: Request) => {
    sent.push(request);
    return answer();
  }) as typeof fetch;
  const client = defineServiceClient<WidgetPaths>({ service, operations })({ url: 'http://server:9696/', fetch: fetchImpl, ...options });
  return { client, sent };
}

const json = (status: number, body: unknown) => () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('a service client', () => {
  it('sends typed calls with the credentials and JSON headers, and resolves to the data', async () => {
    vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const { client, sent } = widgetsClient('typed', json(201, { widget: { id: 'w1', name: 'a' } }), { token: 't1', project: 'p1' });
    const { data } = await client.POST('/v2.0/widgets', { body: { widget: { name: 'a' } } });
    expect(data?.widget.id).toBe('w1');
    expect(sent[0].url).toBe('http://server:9696/v2.0/widgets');
    expect(await sent[0].text()).toBe('{"widget":{"name":"a"}}');
    expect(Object.fromEntries(sent[0].headers)).toEqual({ accept: 'application/json', 'content-type': 'application/json', 'x-auth-token': 't1', 'x-project-id': 'p1' });
  });

  it('sends no content type without a body (Fastify refuses an empty JSON body) and no credentials when none are given', async () => {
    const { client, sent } = widgetsClient('untyped', () => new Response(null, { status: 204 }));
    expect(await client.request('DELETE', '/v2.0/things/t1')).toBeUndefined();
    expect(sent[0].method).toBe('DELETE');
    expect(Object.fromEntries(sent[0].headers)).toEqual({ accept: 'application/json' });
  });

  it('sends the noauth roles as X-Roles, comma-separated, and no X-Roles for none', async () => {
    const { client, sent } = widgetsClient('roles', json(200, {}), { project: 'p1', roles: ['admin', 'member'] });
    await client.request('GET', '/v2.0/things');
    expect(sent[0].headers.get('x-roles')).toBe('admin,member');
    const none = widgetsClient('no-roles', json(200, {}), { project: 'p1', roles: [] });
    await none.client.request('GET', '/v2.0/things');
    expect(none.sent[0].headers.has('x-roles')).toBe(false);
  });

  it('request() reaches paths the document does not describe, query string included', async () => {
    const { client, sent } = widgetsClient('low-level', json(200, { things: [] }));
    expect(await client.request('GET', '/v2.0/things?name=a')).toEqual({ things: [] });
    expect(sent[0].url).toBe('http://server:9696/v2.0/things?name=a');
  });

  it("rejects an error answer with the NeutronError's status, type and message", async () => {
    const body = { NeutronError: { type: 'ThingNotFound', message: 'Thing t9 could not be found.', detail: '' } };
    const { client } = widgetsClient('errors', json(404, body));
    const failure = client.request('GET', '/v2.0/things/t9');
    await expect(failure).rejects.toBeInstanceOf(SwitchyardApiError);
    await expect(failure).rejects.toMatchObject({ status: 404, type: 'ThingNotFound', message: 'Thing t9 could not be found.' });
  });

  it('names the request when an error answer has no NeutronError, typed calls included', async () => {
    vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const { client } = widgetsClient('bare-errors', json(500, {}));
    await expect(client.GET('/v2.0/widgets')).rejects.toThrow(new SwitchyardApiError(500, undefined, 'GET /v2.0/widgets failed with HTTP 500'));
  });

  it('refuses a body that is not JSON, quoting its start', async () => {
    const { client } = widgetsClient('not-json', () => new Response('<html>Bad gateway</html>', { status: 502 }));
    const failure = client.request('GET', '/v2.0/things');
    await expect(failure).rejects.toBeInstanceOf(SwitchyardResponseError);
    await expect(failure).rejects.toThrow('GET /v2.0/things answered 502 with a body that is not JSON: "<html>Bad gateway</html>"');
  });

  it('reports a failed connection with the URL and the cause', async () => {
    const cause = new TypeError('fetch failed');
    const refused = (async () => {
      throw cause;
    }) as typeof fetch;
    const client = defineServiceClient<WidgetPaths>({ service: 'down', operations })({ url: 'http://server:9696', fetch: refused });
    const failure = client.request('GET', '/v2.0/things');
    await expect(failure).rejects.toBeInstanceOf(SwitchyardConnectionError);
    await expect(failure).rejects.toMatchObject({ url: 'http://server:9696', cause, message: 'cannot reach the Switchyard server at http://server:9696: is it running?' });
  });
});

describe('preview warnings', () => {
  it('the first call of a preview operation emits one PreviewWarning per service, typed or not', async () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const { client } = widgetsClient('gizmos', json(200, { widgets: [] }));
    await client.GET('/v2.0/widgets');
    await client.request('GET', '/v2.0/widgets?name=x');
    await widgetsClient('gizmos', json(200, { widgets: [] })).client.GET('/v2.0/widgets');
    expect(emitWarning).toHaveBeenCalledTimes(1);
    expect(emitWarning).toHaveBeenCalledWith(
      'GET /v2.0/widgets is a preview operation of gizmos: it may change or go away in a later release. Silence with { previewWarnings: false } or SWITCHYARD_NO_PREVIEW_WARNING=1.',
      { type: 'PreviewWarning', code: 'SWITCHYARD_PREVIEW' },
    );
    await widgetsClient('sprockets', json(200, { widgets: [] })).client.GET('/v2.0/widgets');
    expect(emitWarning).toHaveBeenCalledTimes(2);
  });

  it('says nothing for stable operations and paths the document does not know', async () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const { client } = widgetsClient('quiet-stable', json(200, {}));
    await client.request('GET', '/v2.0/gadgets');
    await client.request('GET', '/v2.0/unknown');
    expect(emitWarning).not.toHaveBeenCalled();
  });

  it('is silenced by the previewWarnings option', async () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    await widgetsClient('silenced-by-option', json(200, { widgets: [] }), { previewWarnings: false }).client.GET('/v2.0/widgets');
    expect(emitWarning).not.toHaveBeenCalled();
  });

  it(`is silenced by ${SILENCE_PREVIEW_WARNINGS_ENV}, unless it is empty or 0`, async () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    vi.stubEnv(SILENCE_PREVIEW_WARNINGS_ENV, '1');
    await widgetsClient('silenced-by-env', json(200, { widgets: [] })).client.GET('/v2.0/widgets');
    expect(emitWarning).not.toHaveBeenCalled();
    vi.stubEnv(SILENCE_PREVIEW_WARNINGS_ENV, '0');
    await widgetsClient('silenced-by-env', json(200, { widgets: [] })).client.GET('/v2.0/widgets');
    expect(emitWarning).toHaveBeenCalledTimes(1);
  });
});
