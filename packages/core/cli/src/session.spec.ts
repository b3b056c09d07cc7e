import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { CliError, ServerError } from './errors.js';
import { createSession } from './session.js';

interface Sent {
  request: Request;
}

/** A fetch that records the request and answers `status` with `body` (text). */
function fakeFetch(status: number, body: string, sent: Sent[] = []): typeof fetch {
  return (async (request: Request) => {
    sent.push({ request });
    return new Response(status === 204 ? null : body, { status });
  }) as typeof fetch;
}

/** A session whose connection comes from the environment, as after `SWITCHYARD_URL=... switchyard ...`. */
function session(fetchImpl: typeof fetch, env: Record<string, string> = {}) {
  const io = { stdout: () => undefined, stderr: () => undefined, env: { SWITCHYARD_URL: 'http://server:9696', ...env }, cwd: process.cwd() };
  return createSession(new Command(), io, undefined, fetchImpl);
}

describe("the session's requests (through @switchyard/client)", () => {
  it('send JSON with X-Project-Id and X-Auth-Token when given, and return the parsed body', async () => {
    const sent: Sent[] = [];
    const request = session(fakeFetch(201, '{"network":{"id":"n1"}}', sent), { SWITCHYARD_PROJECT: 'p1', SWITCHYARD_TOKEN: 't1' }).request;
    expect(await request('POST', '/v2.0/networks', { network: { name: 'a' } })).toEqual({ network: { id: 'n1' } });
    expect(sent[0].request.url).toBe('http://server:9696/v2.0/networks');
    expect(sent[0].request.method).toBe('POST');
    expect(await sent[0].request.text()).toBe('{"network":{"name":"a"}}');
    expect(Object.fromEntries(sent[0].request.headers)).toEqual({ accept: 'application/json', 'content-type': 'application/json', 'x-project-id': 'p1', 'x-auth-token': 't1' });
  });

  it('send no credentials headers when none are configured, and resolve a 204 to undefined', async () => {
    const sent: Sent[] = [];
    expect(await session(fakeFetch(204, '', sent)).request('DELETE', '/v2.0/networks/n1')).toBeUndefined();
    expect(Object.fromEntries(sent[0].request.headers)).toEqual({ accept: 'application/json' });
  });

  it("turn a NeutronError into a ServerError carrying the server's message, status and type", async () => {
    const body = JSON.stringify({ NeutronError: { type: 'NetworkNotFound', message: 'Network n9 could not be found.', detail: '' } });
    const failure = session(fakeFetch(404, body)).request('GET', '/v2.0/networks/n9');
    await expect(failure).rejects.toEqual(new ServerError(404, 'NetworkNotFound', 'Network n9 could not be found.'));
    await expect(failure).rejects.toMatchObject({ status: 404, type: 'NetworkNotFound', code: 'SY_CLI_SERVER' });
  });

  it('name the request when an error answer has no NeutronError', async () => {
    await expect(session(fakeFetch(500, '{}')).request('GET', '/v2.0/ports')).rejects.toThrow('GET /v2.0/ports failed with HTTP 500');
  });

  it('refuse a body that is not JSON, quoting its start', async () => {
    const failure = session(fakeFetch(502, '<html>Bad gateway</html>')).request('GET', '/v2.0/ports');
    await expect(failure).rejects.toMatchObject({ code: 'SY_CLI_RESPONSE' });
    await expect(failure).rejects.toThrow('GET /v2.0/ports answered 502 with a body that is not JSON: "<html>Bad gateway</html>"');
  });

  it('report a failed connection as an unreachable server', async () => {
    const refused = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const failure = session(refused).request('GET', '/v2.0/ports');
    await expect(failure).rejects.toBeInstanceOf(CliError);
    await expect(failure).rejects.toMatchObject({ code: 'SY_CLI_UNREACHABLE' });
    await expect(failure).rejects.toThrow('cannot reach the Switchyard server at http://server:9696: is it running? set --url or SWITCHYARD_URL');
  });
});
