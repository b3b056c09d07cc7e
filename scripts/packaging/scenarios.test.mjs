// The packager's view of Switchyard, run by scripts/test-packaging.sh against a local registry
// holding every package as `npm run release` publishes them. One folder is installed once
// (better-sqlite3 compiles from source) and grows in the order a packager would go:
// core only, a preview listed but not installed, the preview installed, a mismatched plugin.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createSite, run } from './packager-site.mjs';

const REGISTRY = process.env.PACKAGING_REGISTRY;
const WORK = process.env.PACKAGING_WORK;
assert.ok(REGISTRY && WORK, 'run through scripts/test-packaging.sh (it sets PACKAGING_REGISTRY and PACKAGING_WORK)');

const site = createSite(path.join(WORK, 'site'));
const running = [];
after(async () => Promise.all(running.map((server) => server.stop())));

async function start() {
  const server = await site.startServer();
  running.push(server);
  return server;
}

async function stop(server) {
  running.splice(running.indexOf(server), 1);
  return server.stop();
}

function config({ plugins = [], preview = [], database }) {
  const list = (names) => `[${names.map((name) => JSON.stringify(name)).join(', ')}]`;
  return `auth_strategy = "noauth"\nservice_plugins = ${list(plugins)}\n\n[database]\nurl = "sqlite:${database}.db"\n\n[preview]\nenabled = ${list(preview)}\n`;
}

function assertOneLineRefusal(result, ...fragments) {
  assert.notEqual(result.status, 0, `expected the start-up to be refused:\n${result.output}`);
  const message = result.stderr.trim();
  assert.doesNotMatch(message, /^\s+at /m, 'no stack trace');
  for (const fragment of fragments) assert.ok(message.includes(fragment), `expected ${JSON.stringify(fragment)} in:\n${message}`);
  return message;
}

describe('1. npm install @switchyard/server: the core alone', () => {
  it('installs no preview package', () => {
    const install = site.npm('install', '@switchyard/server');
    assert.equal(install.status, 0, install.output);
    assert.deepEqual(site.installed('@switchyard'), ['db', 'sdk', 'server']);
  });

  it('serves the core API with a config that enables no preview, and discovery lists no preview', async () => {
    site.writeConfig(config({ database: 'core-only' }));
    const server = await start();
    const created = await server.post('/v2.0/networks', { network: { name: 'packager-net' } });
    assert.equal(created.status, 201);
    const listed = await (await server.get('/v2.0/networks')).json();
    assert.deepEqual(listed.networks.map((network) => network.name), ['packager-net']);
    const { extensions } = await (await server.get('/v2.0/extensions')).json();
    assert.ok(extensions.length > 0, 'core extensions are listed');
    assert.deepEqual(extensions.filter((extension) => extension.stability !== 'stable'), []);
    const log = await stop(server);
    assert.deepEqual(log.filter((line) => line.stability === 'preview'), []);
  });
});

describe('3. firewall enabled in the config but not installed', () => {
  it('refuses to start, naming the package to install and the config key', () => {
    site.writeConfig(config({ plugins: ['firewall'], preview: ['firewall'], database: 'missing' }));
    assertOneLineRefusal(site.refusedStart(), 'service_plugins in', '"firewall"', 'the package @switchyard/firewall is not installed', 'npm install @switchyard/firewall');
  });
});

describe('2. npm install @switchyard/firewall, enabled with the [preview] opt-in', () => {
  it('installs the 0.x preview, sharing the server\'s @switchyard/sdk through its peer range, and says preview in npm view', () => {
    const install = site.npm('install', '@switchyard/firewall');
    assert.equal(install.status, 0, install.output);
    assert.deepEqual(site.installed('@switchyard'), ['db', 'firewall', 'sdk', 'server']);
    const firewall = site.readJson('node_modules/@switchyard/firewall/package.json');
    assert.match(firewall.version, /^0\./);
    assert.match(firewall.peerDependencies['@switchyard/sdk'], /^\^1\./);
    const view = JSON.parse(site.npm('view', '@switchyard/firewall', '--json').stdout);
    assert.match(view.description, /PREVIEW/);
    assert.equal(view.switchyard.stability, 'preview');
  });

  it('still refuses it without the opt-in, saying which key to add', () => {
    site.writeConfig(config({ plugins: ['firewall'], database: 'no-opt-in' }));
    assertOneLineRefusal(site.refusedStart(), 'firewall is a preview service (@switchyard/firewall 0.', 'add "firewall" to [preview] enabled');
  });

  it('loads with the opt-in, labeled preview in discovery, responses and logs', async () => {
    site.writeConfig(config({ plugins: ['firewall'], preview: ['firewall'], database: 'firewall' }));
    const server = await start();
    const { extensions } = await (await server.get('/v2.0/extensions')).json();
    const previews = extensions.filter((extension) => extension.stability === 'preview');
    assert.deepEqual(previews.map((extension) => extension.alias), ['fwaas_v2']);
    const groups = await server.get('/v2.0/fwaas/firewall_groups');
    assert.equal(groups.status, 200);
    assert.equal(groups.headers.get('x-switchyard-stability'), 'preview');
    const networks = await server.get('/v2.0/networks');
    assert.notEqual(networks.headers.get('x-switchyard-stability'), 'preview', 'core responses are not labeled preview');
    const log = await stop(server);
    const warning = log.find((line) => line.service === 'firewall' && line.stability === 'preview' && /is a preview service/.test(line.msg));
    assert.ok(warning, `a start-up warning labeled preview in:\n${log.map((line) => JSON.stringify(line)).join('\n')}`);
    assert.equal(warning.level, 40);
  });
});

describe('4. a preview plugin whose @switchyard/sdk peer range does not match the installed core', () => {
  const probe = '@switchyard-probe/dns';

  it('is published to the registry', () => {
    const dir = path.join(WORK, 'probe');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({
        name: probe,
        version: '0.1.0',
        description: 'Probe plugin for the packaging test. PREVIEW.',
        type: 'module',
        exports: { '.': './index.js', './package.json': './package.json' },
        peerDependencies: { '@switchyard/sdk': '^2.0.0' },
        switchyard: { stability: 'preview', enteredCycle: 1, blueprint: 'BP-0099' },
      }),
    );
    writeFileSync(path.join(dir, 'index.js'), "export default { kind: 'switchyard-service-plugin', name: 'dns', resources: [], migrations: {} };\n");
    const published = run('npm', ['publish', '--registry', REGISTRY], dir);
    assert.equal(published.status, 0, published.output);
  });

  it('npm itself refuses the install; forced, the server refuses to start, naming both versions', () => {
    assert.notEqual(site.npm('install', probe).status, 0, 'npm resolves peers and must refuse ^2.0.0 next to sdk 1.x');
    const forced = site.npm('install', probe, '--legacy-peer-deps');
    assert.equal(forced.status, 0, forced.output);
    const sdk = site.readJson('node_modules/@switchyard/sdk/package.json').version;
    site.writeConfig(config({ plugins: [probe], preview: ['dns'], database: 'probe' }));
    assertOneLineRefusal(site.refusedStart(), `${probe} 0.1.0`, 'requires @switchyard/sdk ^2.0.0', `this server runs @switchyard/sdk ${sdk}`, `remove "${probe}" from service_plugins`);
  });
});
