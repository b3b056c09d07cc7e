import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PluginLoadError, buildApp, loadServicePlugins } from '../../src/index.js';
import { testConfig } from './config.js';
import { type TempDir, makeTempDir, writeFixturePlugin } from './fixtures.js';

let dir: TempDir;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.remove());

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PluginLoadError);
  return (error as Error).message;
}

describe('loadServicePlugins: resolving packages', () => {
  it('loads a stable plugin from the config file directory without any opt-in', async () => {
    writeFixturePlugin(dir, { service: 'dns', stability: 'stable', version: '1.2.3' });
    const selection = await loadServicePlugins(testConfig(dir.root, { servicePlugins: ['dns'] }));
    expect(selection.warnings).toEqual([]);
    expect(selection.plugins).toHaveLength(1);
    expect(selection.plugins[0]).toMatchObject({
      service: 'dns',
      packageName: '@switchyard/dns',
      version: '1.2.3',
      metadata: { stability: 'stable', enteredCycle: 1, blueprint: 'BP-0099' },
      config: {},
    });
  });

  it('loads a plugin given by its full package name', async () => {
    writeFixturePlugin(dir, { service: 'acme-dns', stability: 'stable', packageName: '@acme/switchyard-dns' });
    const selection = await loadServicePlugins(testConfig(dir.root, { servicePlugins: ['@acme/switchyard-dns'] }));
    expect(selection.plugins.map((plugin) => [plugin.service, plugin.packageName])).toEqual([['acme-dns', '@acme/switchyard-dns']]);
  });

  it('names the package to install and the service_plugins key when it is missing', async () => {
    const message = await refusal(loadServicePlugins(testConfig(dir.root, { servicePlugins: ['nonexistent-dns'] })));
    expect(message).toMatch(/^service_plugins in switchyard\.toml lists "nonexistent-dns", but the package @switchyard\/nonexistent-dns is not installed/);
    expect(message).toContain(`looked from ${dir.root} and `);
    expect(message).toContain('run "npm install @switchyard/nonexistent-dns" or remove "nonexistent-dns" from service_plugins');
  });

  it('refuses a package without switchyard metadata, naming its package.json', async () => {
    const packageDir = writeFixturePlugin(dir, { service: 'dns', stability: 'stable', withoutMetadata: true });
    const message = await refusal(loadServicePlugins(testConfig(dir.root, { servicePlugins: ['dns'] })));
    expect(message).toBe(
      `cannot load service plugin @switchyard/dns: ${path.join(packageDir, 'package.json')}: missing "switchyard" field; ` +
        `expected {"stability": "stable" | "preview", "enteredCycle": <number>, "blueprint": "<ref>"}`,
    );
  });

  it('refuses a package whose default export is not a service plugin', async () => {
    const packageDir = writeFixturePlugin(dir, { service: 'dns', stability: 'stable' });
    dir.write(path.join(path.relative(dir.root, packageDir), 'index.js'), 'export default { name: "dns" };\n');
    const message = await refusal(loadServicePlugins(testConfig(dir.root, { servicePlugins: ['dns'] })));
    expect(message).toContain('@switchyard/dns');
    expect(message).toContain('does not export a service plugin as its default export');
  });

  it('refuses a plugin whose name does not match its entry', async () => {
    writeFixturePlugin(dir, { service: 'dns-zones', stability: 'stable', packageName: '@switchyard/dns' });
    const message = await refusal(loadServicePlugins(testConfig(dir.root, { servicePlugins: ['dns'] })));
    expect(message).toBe(
      'service_plugins in switchyard.toml lists "dns", but @switchyard/dns declares the service "dns-zones"; list it as "dns-zones" or "@switchyard/dns"',
    );
  });

  it('refuses duplicate entries, including two spellings of one service', async () => {
    writeFixturePlugin(dir, { service: 'dns', stability: 'stable' });
    expect(await refusal(loadServicePlugins(testConfig(dir.root, { servicePlugins: ['dns', 'dns'] })))).toBe(
      'service_plugins in switchyard.toml lists "dns" twice; list each service once',
    );
    expect(await refusal(loadServicePlugins(testConfig(dir.root, { servicePlugins: ['dns', '@switchyard/dns'] })))).toBe(
      'service_plugins in switchyard.toml loads the service "dns" twice (@switchyard/dns); list each service once',
    );
  });
});

describe('loadServicePlugins: preview opt-in', () => {
  it('refuses a preview plugin that is not listed in [preview] enabled, and says how to opt in', async () => {
    writeFixturePlugin(dir, { service: 'dns', stability: 'preview', version: '0.3.0' });
    const message = await refusal(loadServicePlugins(testConfig(dir.root, { servicePlugins: ['dns'] })));
    expect(message).toBe(
      'dns is a preview service (@switchyard/dns 0.3.0) and switchyard.toml does not opt in to it; its API and data may change ' +
        'or be dropped in a later release. To run it anyway, add "dns" to [preview] enabled in switchyard.toml ' +
        '(for example: [preview] enabled = ["dns"]), or remove "dns" from service_plugins',
    );
  });

  it('loads a preview plugin that is opted in', async () => {
    writeFixturePlugin(dir, { service: 'dns', stability: 'preview' });
    const selection = await loadServicePlugins(testConfig(dir.root, { servicePlugins: ['dns'], preview: { enabled: ['dns'] } }));
    expect(selection.plugins.map((plugin) => [plugin.service, plugin.metadata.stability])).toEqual([['dns', 'preview']]);
    expect(selection.warnings).toEqual([]);
  });

  it('refuses before the database is touched', async () => {
    writeFixturePlugin(dir, { service: 'dns', stability: 'preview' });
    const config = testConfig(dir.root, { servicePlugins: ['dns'], database: { url: 'sqlite:state/switchyard.db' } });
    await refusal(buildApp({ config }));
    expect(existsSync(path.join(dir.root, 'state'))).toBe(false);
  });

  it('warns when the opt-in names a stable service or a service that is not loaded', async () => {
    writeFixturePlugin(dir, { service: 'dns', stability: 'stable', version: '1.0.0' });
    const selection = await loadServicePlugins(
      testConfig(dir.root, { servicePlugins: ['dns'], preview: { enabled: ['dns', 'vpn'] }, plugins: { lbaas: {} } }),
    );
    expect(selection.warnings).toEqual([
      '[preview] enabled in switchyard.toml lists "dns", which is a stable service now (@switchyard/dns 1.0.0); it no longer needs the opt-in, you can remove it',
      '[preview] enabled in switchyard.toml lists "vpn", which is not in service_plugins; the opt-in has no effect until you add it there (or remove it from [preview] enabled)',
      '[plugins.lbaas] in switchyard.toml configures a service that is not in service_plugins; it is ignored until you add "lbaas" there',
    ]);
  });
});

describe('loadServicePlugins: [plugins.<service>] config', () => {
  const configSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
      max_zones: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
      mode: { enum: ['strict', 'lenient'], default: 'strict' },
    },
  };

  it('fills defaults from the schema without changing the loaded config', async () => {
    writeFixturePlugin(dir, { service: 'dns', stability: 'stable', configSchema });
    const config = testConfig(dir.root, { servicePlugins: ['dns'], plugins: { dns: { mode: 'lenient' } } });
    const selection = await loadServicePlugins(config);
    expect(selection.plugins[0].config).toEqual({ max_zones: 100, mode: 'lenient' });
    expect(config.plugins.dns).toEqual({ mode: 'lenient' });
  });

  it('names file, key and expectation when a value is wrong', async () => {
    writeFixturePlugin(dir, { service: 'dns', stability: 'stable', configSchema });
    const load = (section: Record<string, unknown>) =>
      loadServicePlugins(testConfig(dir.root, { servicePlugins: ['dns'], plugins: { dns: section } }));
    expect(await refusal(load({ max_zones: 'many' }))).toBe(
      'switchyard.toml: [plugins.dns] max_zones is "many"; expected an integer from 1 to 1000',
    );
    expect(await refusal(load({ max_zones: 0 }))).toBe('switchyard.toml: [plugins.dns] max_zones is 0; expected an integer from 1 to 1000');
    expect(await refusal(load({ mode: 'loose' }))).toBe('switchyard.toml: [plugins.dns] mode is "loose"; expected one of "strict", "lenient"');
    expect(await refusal(load({ max_zone: 5 }))).toBe('switchyard.toml: unknown key "max_zone" in [plugins.dns]; allowed keys: max_zones, mode');
  });

  it('refuses any setting for a plugin that declares no config schema', async () => {
    writeFixturePlugin(dir, { service: 'dns', stability: 'stable' });
    const config = testConfig(dir.root, { servicePlugins: ['dns'], plugins: { dns: { verbose: true } } });
    expect(await refusal(loadServicePlugins(config))).toBe(
      'switchyard.toml: unknown key "verbose" in [plugins.dns]; dns takes no settings here',
    );
  });
});
