import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONDITIONS } from '../plugins/package-exports.js';
import { findServicePlugins } from './find-service-plugins.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Writes `{relative path: content}` under a fresh temp dir (objects become JSON). */
function testdir(files: Record<string, unknown>): string {
  root = mkdtempSync(path.join(tmpdir(), 'switchyard-sample-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

/** A built service plugin package: its package.json and its default export. */
function pluginPackage(name: string, service: string, stability: string, extra: Record<string, unknown> = {}) {
  const folder = `node_modules/${name}`;
  return {
    [`${folder}/package.json`]: {
      name,
      switchyard: { stability, enteredCycle: 1, blueprint: 'BP-0009' },
      peerDependencies: { '@switchyard/sdk': '^1.0.0' },
      exports: { '.': './index.js', './package.json': './package.json' },
      ...extra,
    },
    [`${folder}/index.js`]: `export default { kind: 'switchyard-service-plugin', name: '${service}', description: 'The ${service} service.', configSchema: { type: 'object', properties: {} } };`,
  };
}

function find(dir: string, configEntries: string[] = []) {
  return findServicePlugins({ configEntries, searchDirectories: [dir], conditions: DEFAULT_CONDITIONS });
}

describe('findServicePlugins', () => {
  it('finds installed @switchyard service plugins by their package.json, sorted by service, with their stability', async () => {
    const dir = testdir({
      ...pluginPackage('@switchyard/widgets', 'widgets', 'preview'),
      ...pluginPackage('@switchyard/gadgets', 'gadgets', 'stable'),
      // Core packages depend on the SDK, they do not peer-depend on it: never imported here.
      'node_modules/@switchyard/server/package.json': { name: '@switchyard/server', switchyard: { stability: 'stable' }, exports: { '.': './index.js', './package.json': './package.json' } },
      'node_modules/@switchyard/server/index.js': 'throw new Error("the server must not be imported");',
    });
    const { plugins, warnings } = await find(dir);
    expect(warnings).toEqual([]);
    expect(plugins.map(({ service, packageName, entry, stability }) => ({ service, packageName, entry, stability }))).toEqual([
      { service: 'gadgets', packageName: '@switchyard/gadgets', entry: 'gadgets', stability: 'stable' },
      { service: 'widgets', packageName: '@switchyard/widgets', entry: 'widgets', stability: 'preview' },
    ]);
    expect(plugins[1]).toMatchObject({ description: 'The widgets service.', configSchema: { type: 'object', properties: {} } });
  });

  it('reads the quota keys from the resources a plugin declares with a quota, the plural name as what they count', async () => {
    const dir = testdir(pluginPackage('@switchyard/widgets', 'widgets', 'preview'));
    const resources = [
      { resource: 'widget_box', collection: 'widget_boxes', path: '/v2.0/widget-boxes', quota: { default: 7, table: 'widget_boxes' } },
      { resource: 'widget', collection: 'widgets', path: '/v2.0/widgets' },
    ];
    writeFileSync(
      path.join(dir, 'node_modules/@switchyard/widgets/index.js'),
      `export default { kind: 'switchyard-service-plugin', name: 'widgets', description: 'Widgets.', resources: ${JSON.stringify(resources)} };`,
    );
    expect((await find(dir)).plugins[0].quotas).toEqual([{ resource: 'widget_box', noun: 'widget boxes', default: 7 }]);
  });

  it('takes the label from package.json, not from where the package sits (a promoted preview is stable)', async () => {
    const dir = testdir({ ...pluginPackage('@switchyard/widgets', 'widgets', 'stable', { repository: { directory: 'packages/preview/widgets' } }) });
    expect((await find(dir)).plugins.map((plugin) => plugin.stability)).toEqual(['stable']);
  });

  it('also reads packages of other scopes that service_plugins names, listed by package name', async () => {
    const dir = testdir({ ...pluginPackage('@acme/switchyard-dns', 'dns', 'stable') });
    expect((await find(dir)).plugins).toEqual([]);
    expect((await find(dir, ['@acme/switchyard-dns'])).plugins.map((plugin) => [plugin.service, plugin.entry])).toEqual([
      ['dns', '@acme/switchyard-dns'],
    ]);
  });

  it('warns about a plugin that is not built or exports no service plugin, and keeps the others', async () => {
    const dir = testdir({
      ...pluginPackage('@switchyard/widgets', 'widgets', 'preview'),
      'node_modules/@switchyard/unbuilt/package.json': {
        name: '@switchyard/unbuilt',
        switchyard: { stability: 'preview', enteredCycle: 1, blueprint: 'BP-0010' },
        peerDependencies: { '@switchyard/sdk': '^1.0.0' },
        exports: { '.': './dist/index.js', './package.json': './package.json' },
      },
      ...pluginPackage('@switchyard/odd', 'odd', 'preview'),
      'node_modules/@switchyard/odd/index.js': 'export default {};',
    });
    const { plugins, warnings } = await find(dir);
    expect(plugins.map((plugin) => plugin.service)).toEqual(['widgets']);
    expect(warnings).toEqual([
      `@switchyard/odd: ${path.join(dir, 'node_modules/@switchyard/odd/index.js')} does not export a service plugin (defineServicePlugin) as its default export; its settings are left out`,
      `@switchyard/unbuilt: ${path.join(dir, 'node_modules/@switchyard/unbuilt/dist/index.js')} does not exist (build the package first); its settings are left out`,
    ]);
  });
});
