import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SwitchyardConfig, buildApp } from '../../src/index.js';
import { twoPluginConfig } from '../host/config.js';
import { type TempDir, makeTempDir, writePreviewAndStablePlugins } from '../host/fixtures.js';

let dir: TempDir;
let app: FastifyInstance | undefined;
beforeEach(() => {
  dir = makeTempDir();
  writePreviewAndStablePlugins(dir, '0.3.1');
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  dir.remove();
});

function config(metrics: SwitchyardConfig['metrics']): SwitchyardConfig {
  return twoPluginConfig(dir.root, { metrics });
}

async function scrape(server: FastifyInstance): Promise<string[]> {
  const response = await server.inject({ method: 'GET', url: '/metrics' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.body.split('\n');
}

describe('GET /metrics', () => {
  it('is not served unless [metrics] enabled = "yes"', async () => {
    app = await buildApp({ config: config(undefined) });
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    await app.close();
    app = await buildApp({ config: config({ enabled: false }) });
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
  });

  it('counts requests by service, operation, stability and status, with route patterns, never ids', async () => {
    app = await buildApp({ config: config({ enabled: true }) });
    const project = { 'x-project-id': 'tenant-secret-project' };
    await app.inject({ method: 'POST', url: '/v2.0/dns/zones', payload: { zone: { name: 'example.org' } } });
    await app.inject({ method: 'GET', url: '/v2.0/dns/zones' });
    await app.inject({ method: 'GET', url: '/v2.0/dns/zones' });
    await app.inject({ method: 'GET', url: '/v2.0/vpn/zones' });
    await app.inject({ method: 'GET', url: '/v2.0/networks/5f0c3e8e-0000-4000-8000-00000000abcd', headers: project });
    await app.inject({ method: 'GET', url: '/v2.0/no/such/thing?name=secret' });
    await app.inject({ method: 'GET', url: '/readyz' });

    const lines = await scrape(app);
    const counted = lines.filter((line) => line.startsWith('switchyard_http_requests_total{'));
    expect(counted).toEqual(
      expect.arrayContaining([
        'switchyard_http_requests_total{service="dns",operation="POST /v2.0/dns/zones",stability="preview",status="201"} 1',
        'switchyard_http_requests_total{service="dns",operation="GET /v2.0/dns/zones",stability="preview",status="200"} 2',
        'switchyard_http_requests_total{service="vpn",operation="GET /v2.0/vpn/zones",stability="stable",status="200"} 1',
        'switchyard_http_requests_total{service="core",operation="GET /v2.0/networks/:id",stability="stable",status="404"} 1',
        'switchyard_http_requests_total{service="core",operation="unmatched",stability="stable",status="404"} 1',
      ]),
    );
    // Health checks and scrapes are not API traffic.
    expect(counted).toHaveLength(5);
    const body = lines.join('\n');
    for (const leak of ['5f0c3e8e', 'tenant-secret-project', 'secret', 'example.org']) expect(body).not.toContain(leak);
    expect(lines).toContain(
      'switchyard_http_request_duration_seconds_count{service="dns",operation="GET /v2.0/dns/zones",stability="preview",status="200"} 2',
    );
  });

  it('says which plugins run, at which stability and version', async () => {
    app = await buildApp({ config: config({ enabled: true }) });
    const lines = await scrape(app);
    expect(lines).toContain('switchyard_plugin_info{service="dns",stability="preview",version="0.3.1"} 1');
    expect(lines).toContain('switchyard_plugin_info{service="vpn",stability="stable",version="2.0.0"} 1');
  });

  it('keeps two servers in one process apart: each counts its own requests', async () => {
    app = await buildApp({ config: config({ enabled: true }) });
    const other = await buildApp({ config: config({ enabled: true }) });
    try {
      await other.inject({ method: 'GET', url: '/v2.0/vpn/zones' });
      expect((await scrape(app)).some((line) => line.includes('operation="GET /v2.0/vpn/zones"'))).toBe(false);
      expect((await scrape(other)).some((line) => line.includes('operation="GET /v2.0/vpn/zones"'))).toBe(true);
    } finally {
      await other.close();
    }
  });
});
