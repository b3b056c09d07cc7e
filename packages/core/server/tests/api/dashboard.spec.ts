import { rmSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SwitchyardConfig, StartupError, buildApp } from '../../src/index.js';
import { testConfig } from '../host/config.js';
import { type TempDir, makeTempDir, writeFixtureDashboard, writeFixturePlugin } from '../host/fixtures.js';
import { captureLogs } from '../host/log-capture.js';

const DNS_PANEL = "export default { title: 'DNS', sections: [] };\n";

let dir: TempDir;
let app: FastifyInstance | undefined;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  dir.remove();
});

/** A preview with a panel, a stable plugin with a panel, and one without: the dashboard enabled and installed beside the config. */
function withPanels(overrides: Partial<SwitchyardConfig> = {}): SwitchyardConfig {
  writeFixtureDashboard(dir);
  writeFixturePlugin(dir, { service: 'dns', stability: 'preview', dashboardPanel: DNS_PANEL });
  writeFixturePlugin(dir, { service: 'vpn', stability: 'stable', version: '2.0.0', dashboardPanel: "export default { title: 'VPN', sections: [] };\n" });
  writeFixturePlugin(dir, { service: 'dhcp', stability: 'stable' });
  return testConfig(dir.root, { servicePlugins: ['dns', 'vpn', 'dhcp'], preview: { enabled: ['dns'] }, dashboard: { enabled: true }, ...overrides });
}

const onlyHere = () => ({ dashboardSearchDirectories: [dir.root] });

describe('dashboard: served when installed and enabled', () => {
  it('serves the built page at /dashboard/, redirecting /dashboard there', async () => {
    app = await buildApp({ config: withPanels(), ...onlyHere() });
    const redirect = await app.inject({ method: 'GET', url: '/dashboard' });
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers.location).toBe('/dashboard/');
    const page = await app.inject({ method: 'GET', url: '/dashboard/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('fixture dashboard');
    const asset = await app.inject({ method: 'GET', url: '/dashboard/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
  });

  it("lists each loaded plugin's panel with the stability its package declares", async () => {
    app = await buildApp({ config: withPanels(), ...onlyHere() });
    const manifest = await app.inject({ method: 'GET', url: '/dashboard/panels.json' });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.json()).toEqual({
      core: { stability: 'stable' },
      panels: [
        { service: 'dns', packageName: '@switchyard/dns', version: '0.1.0', stability: 'preview', module: 'panels/dns.js' },
        { service: 'vpn', packageName: '@switchyard/vpn', version: '2.0.0', stability: 'stable', module: 'panels/vpn.js' },
      ],
    });
  });

  it("serves a panel module as JavaScript, and a panel no loaded plugin has as a 404 NeutronError", async () => {
    app = await buildApp({ config: withPanels(), ...onlyHere() });
    const module = await app.inject({ method: 'GET', url: '/dashboard/panels/dns.js' });
    expect(module.statusCode).toBe(200);
    expect(module.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(module.body).toBe(DNS_PANEL);
    for (const url of ['/dashboard/panels/dhcp.js', '/dashboard/panels/constructor', '/dashboard/panels/__proto__.js']) {
      const missing = await app.inject({ method: 'GET', url });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().NeutronError.type).toBe('DashboardPanelNotFound');
    }
    const asset = await app.inject({ method: 'GET', url: '/dashboard/no-such-file.js' });
    expect(asset.statusCode).toBe(404);
    expect(asset.json().NeutronError).toBeDefined();
  });

  it('shows no panel of an installed plugin that is not loaded', async () => {
    app = await buildApp({ config: withPanels({ servicePlugins: ['vpn'], preview: { enabled: [] } }), ...onlyHere() });
    const manifest = await app.inject({ method: 'GET', url: '/dashboard/panels.json' });
    expect(manifest.json().panels.map((panel: { service: string }) => panel.service)).toEqual(['vpn']);
  });

  it('needs no token for the page and the panel modules, but does for the manifest', async () => {
    const tokens = { t1: { project: 'demo', roles: [] } };
    app = await buildApp({ config: withPanels({ authStrategy: 'token', auth: { defaultProject: 'demo', tokens } }), ...onlyHere() });
    expect((await app.inject({ method: 'GET', url: '/dashboard/' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/dashboard/panels/dns.js' })).statusCode).toBe(200);
    const refused = await app.inject({ method: 'GET', url: '/dashboard/panels.json' });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().NeutronError.message).toBe('Authentication required: send an X-Auth-Token header.');
    expect((await app.inject({ method: 'GET', url: '/dashboard/panels.json', headers: { 'x-auth-token': 't1' } })).statusCode).toBe(200);
  });

  it('keeps its routes out of the OpenAPI document', async () => {
    app = await buildApp({ config: withPanels(), ...onlyHere() });
    const document = (await app.inject({ method: 'GET', url: '/v2.0/openapi.json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths).filter((route) => route.startsWith('/dashboard'))).toEqual([]);
  });

  it('warns, and shows no panel, when a plugin declares one that was not built', async () => {
    writeFixtureDashboard(dir);
    writeFixturePlugin(dir, { service: 'vpn', stability: 'stable', dashboardPanelMissing: true });
    const logs = captureLogs();
    app = await buildApp({ config: testConfig(dir.root, { servicePlugins: ['vpn'], dashboard: { enabled: true } }), logger: logs.logger, ...onlyHere() });
    expect((await app.inject({ method: 'GET', url: '/dashboard/panels.json' })).json().panels).toEqual([]);
    expect(logs.lines.filter((line) => line.level === 40).map((line) => line.msg)).toEqual([
      expect.stringMatching(/^@switchyard\/vpn: its dashboard panel .*dashboard\.js does not exist \(build the package first\); the dashboard shows no vpn panel$/),
    ]);
  });
});

describe('dashboard: not enabled, not installed', () => {
  it('is not served when not enabled, and the server needs no dashboard installed', async () => {
    app = await buildApp({ config: testConfig(dir.root), ...onlyHere() });
    const page = await app.inject({ method: 'GET', url: '/dashboard/' });
    expect(page.statusCode).toBe(404);
    expect(page.json().NeutronError).toBeDefined();
    expect((await app.inject({ method: 'GET', url: '/v2.0/networks' })).statusCode).toBe(200);
  });

  it('refuses to start when enabled but not installed, saying what to install or which key to change', async () => {
    const started = buildApp({ config: testConfig(dir.root, { dashboard: { enabled: true } }), ...onlyHere() });
    await expect(started).rejects.toBeInstanceOf(StartupError);
    await expect(started).rejects.toThrow(
      `[dashboard] enabled = "yes" in switchyard.toml, but the package @switchyard/dashboard is not installed (looked from ${dir.root}); ` +
        'run "npm install @switchyard/dashboard" or set [dashboard] enabled = "no" in switchyard.toml',
    );
  });

  it('refuses to start when the installed dashboard has no built page', async () => {
    writeFixtureDashboard(dir);
    rmSync(path.join(dir.root, 'node_modules/@switchyard/dashboard/app/index.html'));
    await expect(buildApp({ config: testConfig(dir.root, { dashboard: { enabled: true } }), ...onlyHere() })).rejects.toThrow(
      /^@switchyard\/dashboard is installed at .* but has no built page \(.*index\.html\); build it first \(npm run build\)$/,
    );
  });
});
