// The packager's view of Switchyard, run by scripts/test-packaging.sh against a local registry
// holding every package as `npm run release` publishes them. One folder is installed once
// (better-sqlite3 from this workspace's build when the versions match, see test-packaging.sh)
// and grows in the order a packager would go:
// core only, a program on the typed client, each preview listed but not installed, then installed, each stable plugin, a
// mismatched plugin. Which plugins are previews comes from their package.json (a promotion
// changes it); with no preview left, the suite publishes a preview fixture of its own.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createSite, run } from './packager-site.mjs';
import { FIXTURE_PREVIEW, publishPreviewFixture } from './preview-fixture.mjs';
import { servicePluginPackages, workspaceClosure } from './workspace-packages.mjs';

const REGISTRY = process.env.PACKAGING_REGISTRY;
const WORK = process.env.PACKAGING_WORK;
assert.ok(REGISTRY && WORK, 'run through scripts/test-packaging.sh (it sets PACKAGING_REGISTRY and PACKAGING_WORK)');

const site = createSite(path.join(WORK, 'site'));
const PLUGINS = (await servicePluginPackages()).map(({ packageJson, plugin, stability }) => ({
  name: packageJson.name,
  service: plugin.name,
  stability,
  alias: plugin.extension.alias,
  // Every alias the plugin announces, its own extension's first (additionalExtensions after it).
  aliases: [plugin.extension, ...(plugin.additionalExtensions ?? [])].map((extension) => extension.alias),
  collection: plugin.resources[0],
}));
const WORKSPACE_PREVIEWS = PLUGINS.filter((plugin) => plugin.stability === 'preview');
const PREVIEWS = WORKSPACE_PREVIEWS.length > 0 ? WORKSPACE_PREVIEWS : [{ ...FIXTURE_PREVIEW, stability: 'preview', fixture: true }];
const STABLE_PLUGINS = PLUGINS.filter((plugin) => plugin.stability === 'stable');
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

/** How a packager lists a plugin in service_plugins: its service name when the package is @switchyard/<service>. */
function listed(plugin) {
  return plugin.name === `@switchyard/${plugin.service}` ? plugin.service : plugin.name;
}

function installedIn(plugin) {
  const [scope, name] = plugin.name.split('/');
  return site.installed(scope).includes(name);
}

describe('1. npm install @switchyard/server: the core alone', () => {
  it('installs the server and the workspace packages it depends on, none of them a preview', () => {
    const install = site.npm('install', '@switchyard/server');
    assert.equal(install.status, 0, install.output);
    const expected = workspaceClosure('@switchyard/server');
    assert.deepEqual(site.installed('@switchyard'), expected.map((name) => name.replace('@switchyard/', '')));
    for (const name of expected) {
      assert.notEqual(site.readJson(`node_modules/${name}/package.json`).switchyard?.stability, 'preview', `${name} is a preview`);
    }
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

/** A packager's own program on @switchyard/client: it creates a network, then lists the project's networks. */
const CLIENT_PROGRAM = `import { createSwitchyardClient } from '@switchyard/client';
const client = createSwitchyardClient({ url: process.argv[2], project: 'client-project' });
const { data: created } = await client.POST('/v2.0/networks', { body: { network: { name: 'client-net' } } });
const { data: listed } = await client.GET('/v2.0/networks');
console.log(JSON.stringify({ created: created.network.project_id, listed: listed.networks.map((network) => network.name) }));
`;

describe('1b. npm install @switchyard/client: a program calls the server with it', () => {
  it('installs the client with no other workspace package (its code generator stays unpublished)', () => {
    const install = site.npm('install', '@switchyard/client');
    assert.equal(install.status, 0, install.output);
    assert.deepEqual(workspaceClosure('@switchyard/client'), ['@switchyard/client']);
    assert.deepEqual(site.installed('@switchyard/client/dist').filter((file) => file.startsWith('codegen')), []);
  });

  it('creates a network and lists it through the typed client', async () => {
    site.writeConfig(config({ database: 'client' }));
    const server = await start();
    writeFileSync(path.join(site.root, 'client-call.mjs'), CLIENT_PROGRAM);
    const result = run(process.execPath, ['client-call.mjs', server.url], site.root);
    await stop(server);
    assert.equal(result.status, 0, result.output);
    assert.deepEqual(JSON.parse(result.stdout), { created: 'client-project', listed: ['client-net'] });
  });
});

for (const preview of PREVIEWS) {
  const entry = listed(preview);
  const source = preview.fixture ? 'the suite\'s own preview fixture' : 'a preview of the workspace';
  describe(`2. ${preview.name} (${source}) enabled in the config but not installed`, () => {
    if (preview.fixture) {
      it('is published to the registry', () => {
        const published = publishPreviewFixture(path.join(WORK, 'preview-fixture'), REGISTRY);
        assert.equal(published.status, 0, published.output);
      });
    }

    it('refuses to start, naming the package to install and the config key', () => {
      site.writeConfig(config({ plugins: [entry], preview: [preview.service], database: `missing-${preview.service}` }));
      assertOneLineRefusal(site.refusedStart(), 'service_plugins in', JSON.stringify(entry), `the package ${preview.name} is not installed`, `npm install ${preview.name}`);
    });
  });

  describe(`3. npm install ${preview.name}, enabled with the [preview] opt-in`, () => {
    it("installs the 0.x preview, sharing the server's @switchyard/sdk through its peer range, and says preview in npm view", () => {
      const install = site.npm('install', preview.name);
      assert.equal(install.status, 0, install.output);
      assert.ok(installedIn(preview), `${preview.name} is installed`);
      const installed = site.readJson(`node_modules/${preview.name}/package.json`);
      assert.match(installed.version, /^0\./);
      assert.match(installed.peerDependencies['@switchyard/sdk'], /^\^1\./);
      assert.equal(installed.dependencies?.['@switchyard/sdk'], undefined, 'a plugin shares the server\'s SDK');
      const view = JSON.parse(site.npm('view', preview.name, '--json').stdout);
      assert.match(view.description, /PREVIEW/);
      assert.equal(view.switchyard.stability, 'preview');
    });

    it('still refuses it without the opt-in, saying which key to add', () => {
      site.writeConfig(config({ plugins: [entry], database: `no-opt-in-${preview.service}` }));
      assertOneLineRefusal(site.refusedStart(), `${preview.service} is a preview service (${preview.name} 0.`, `add "${preview.service}" to [preview] enabled`);
    });

    it('loads with the opt-in, labeled preview in discovery, responses and logs', async () => {
      site.writeConfig(config({ plugins: [entry], preview: [preview.service], database: preview.service }));
      const server = await start();
      const { extensions } = await (await server.get('/v2.0/extensions')).json();
      assert.deepEqual(extensions.filter((extension) => extension.stability === 'preview').map((extension) => extension.alias), preview.aliases ?? [preview.alias]);
      const collection = await server.get(preview.collection.path);
      assert.equal(collection.status, 200);
      assert.ok(Array.isArray((await collection.json())[preview.collection.collection]), `GET ${preview.collection.path} lists ${preview.collection.collection}`);
      assert.equal(collection.headers.get('x-switchyard-stability'), 'preview');
      const networks = await server.get('/v2.0/networks');
      assert.notEqual(networks.headers.get('x-switchyard-stability'), 'preview', 'core responses are not labeled preview');
      const log = await stop(server);
      const warning = log.find((line) => line.service === preview.service && line.stability === 'preview' && /is a preview service/.test(line.msg));
      assert.ok(warning, `a start-up warning labeled preview in:\n${log.map((line) => JSON.stringify(line)).join('\n')}`);
      assert.equal(warning.level, 40);
    });
  });
}

for (const plugin of STABLE_PLUGINS) {
  describe(`4. npm install ${plugin.name}, a stable plugin: no opt-in, no preview label`, () => {
    it('installs a 1.x version whose npm view says nothing of preview', () => {
      const install = site.npm('install', plugin.name);
      assert.equal(install.status, 0, install.output);
      assert.doesNotMatch(site.readJson(`node_modules/${plugin.name}/package.json`).version, /^0\./);
      const view = JSON.parse(site.npm('view', plugin.name, '--json').stdout);
      assert.doesNotMatch(view.description, /PREVIEW/);
      assert.equal(view.switchyard.stability, 'stable');
    });

    it('loads from service_plugins alone, labeled stable, with no preview warning', async () => {
      site.writeConfig(config({ plugins: [listed(plugin)], database: `stable-${plugin.service}` }));
      const server = await start();
      const { extensions } = await (await server.get('/v2.0/extensions')).json();
      assert.equal(extensions.find((extension) => extension.alias === plugin.alias)?.stability, 'stable');
      const collection = await server.get(plugin.collection.path);
      assert.equal(collection.status, 200);
      assert.equal(collection.headers.get('x-switchyard-stability'), 'stable');
      const log = await stop(server);
      assert.deepEqual(log.filter((line) => line.service === plugin.service && line.stability === 'preview'), []);
    });
  });
}

describe('5. a preview plugin whose @switchyard/sdk peer range does not match the installed core', () => {
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
