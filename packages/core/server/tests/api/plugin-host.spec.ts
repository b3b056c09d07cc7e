import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@switchyard/db';
import { STABILITY_HEADER } from '@switchyard/sdk';
import { type SwitchyardConfig, buildApp } from '../../src/index.js';
import { testConfig, twoPluginConfig } from '../host/config.js';
import { type TempDir, fixtureTable, makeTempDir, writeFixturePlugin, writePreviewAndStablePlugins } from '../host/fixtures.js';
import { captureLogs } from '../host/log-capture.js';

let dir: TempDir;
let app: FastifyInstance | undefined;
beforeEach(() => {
  dir = makeTempDir();
  writePreviewAndStablePlugins(dir);
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  dir.remove();
});

function withBothPlugins(overrides: Partial<SwitchyardConfig> = {}): SwitchyardConfig {
  return twoPluginConfig(dir.root, overrides);
}

describe('plugin host: labels', () => {
  it('sets the stability header on every response of a plugin, errors included', async () => {
    app = await buildApp({ config: withBothPlugins() });
    const list = await app.inject({ method: 'GET', url: '/v2.0/dns/zones' });
    expect(list.statusCode).toBe(200);
    expect(list.headers[STABILITY_HEADER]).toBe('preview');

    const invalid = await app.inject({ method: 'POST', url: '/v2.0/dns/zones', payload: { zone: {} } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().NeutronError.message).toBe('Invalid input for body.zone.name: the field is required.');
    expect(invalid.headers[STABILITY_HEADER]).toBe('preview');

    const failed = await app.inject({ method: 'GET', url: '/v2.0/dns/fail' });
    expect(failed.statusCode).toBe(500);
    expect(failed.headers[STABILITY_HEADER]).toBe('preview');

    const stable = await app.inject({ method: 'GET', url: '/v2.0/vpn/zones' });
    expect(stable.headers[STABILITY_HEADER]).toBe('stable');
  });

  it('keeps the header off core routes', async () => {
    app = await buildApp({ config: withBothPlugins() });
    const response = await app.inject({ method: 'GET', url: '/v2.0/extensions' });
    expect(response.statusCode).toBe(200);
    expect(response.headers[STABILITY_HEADER]).toBeUndefined();
  });

  it('logs one start-up warning per preview plugin, with service and stability on the line', async () => {
    const logs = captureLogs();
    app = await buildApp({ config: withBothPlugins(), logger: logs.logger });
    const warnings = logs.lines.filter((line) => line.level === 40);
    expect(warnings).toEqual([
      expect.objectContaining({
        service: 'dns',
        stability: 'preview',
        msg: 'dns is a preview service (@switchyard/dns 0.1.0): its API and data may change or be dropped in a later release',
      }),
    ]);
  });

  it('labels every log line a plugin writes, through its context logger and request.log', async () => {
    const logs = captureLogs();
    app = await buildApp({ config: withBothPlugins(), logger: logs.logger });
    await app.inject({ method: 'GET', url: '/v2.0/dns/zones' });
    const pluginLines = logs.lines.filter((line) => String(line.msg).startsWith('listing zones'));
    expect(pluginLines.map((line) => [line.msg, line.service, line.stability])).toEqual([
      ['listing zones through the context logger', 'dns', 'preview'],
      ['listing zones through the request logger', 'dns', 'preview'],
    ]);
    expect(pluginLines[1].reqId).toBeDefined();
  });

  it('logs the start-up warnings of the selection, such as a stale opt-in', async () => {
    const logs = captureLogs();
    app = await buildApp({ config: withBothPlugins({ preview: { enabled: ['dns', 'vpn'] } }), logger: logs.logger });
    const messages = logs.lines.filter((line) => line.level === 40).map((line) => line.msg);
    expect(messages).toContain(
      '[preview] enabled in switchyard.toml lists "vpn", which is a stable service now (@switchyard/vpn 2.0.0); it no longer needs the opt-in, you can remove it',
    );
  });

  it('hands each plugin its validated config section', async () => {
    writeFixturePlugin(dir, {
      service: 'dns',
      stability: 'preview',
      configSchema: { type: 'object', properties: { ttl: { type: 'integer', default: 300 } }, additionalProperties: false },
    });
    app = await buildApp({ config: withBothPlugins() });
    const response = await app.inject({ method: 'GET', url: '/v2.0/dns/zones' });
    expect(response.json().config).toEqual({ ttl: 300 });
  });
});

describe('plugin host: enabling and disabling', () => {
  it('gives a plugin that is not loaded no routes', async () => {
    app = await buildApp({ config: testConfig(dir.root, { servicePlugins: ['vpn'] }) });
    const response = await app.inject({ method: 'GET', url: '/v2.0/dns/zones' });
    expect(response.statusCode).toBe(404);
    expect(response.json().NeutronError.type).toBe('HTTPNotFound');
    expect(response.headers[STABILITY_HEADER]).toBeUndefined();
  });

  it('starts without a plugin disabled after its migrations ran, and keeps its tables and data', async () => {
    const database = { url: 'sqlite:state/switchyard.db' };
    app = await buildApp({ config: withBothPlugins({ database }) });
    const created = await app.inject({ method: 'POST', url: '/v2.0/dns/zones', payload: { zone: { name: 'example.org' } } });
    expect(created.statusCode).toBe(201);
    await app.close();

    app = await buildApp({ config: testConfig(dir.root, { servicePlugins: ['vpn'], database }) });
    expect((await app.inject({ method: 'GET', url: '/v2.0/dns/zones' })).statusCode).toBe(404);
    await app.close();

    const direct = await openDatabase({ url: `sqlite:${path.join(dir.root, 'state/switchyard.db')}` });
    const rows = await direct.db.selectFrom(fixtureTable('dns')).selectAll().execute();
    await direct.close();
    expect(rows).toEqual([{ name: 'example.org' }]);

    app = await buildApp({ config: withBothPlugins({ database }) });
    const listed = await app.inject({ method: 'GET', url: '/v2.0/dns/zones' });
    expect(listed.json().zones).toEqual([{ name: 'example.org' }]);
  });
});
