import { getProjects, logger, readJson, writeJson } from '@nx/devkit';
import { type MockInstance, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSwitchyardWorkspace, snapshotTree } from '../../lib/switchyard-test-workspace.js';
import { checkApiBaseline } from '../promote/lib/check-promotion-criteria-api.js';
import { baselineRunner } from './lib/generate-api-baseline.js';
import { previewGenerator } from './preview.js';
import { WORKSPACE_FOLLOW_UP } from '../../lib/workspace-follow-up.js';

// The callback builds the new package for real; here it only has to ask for it.
let runBaseline: MockInstance<typeof baselineRunner.run>;
beforeEach(() => {
  runBaseline = vi.spyOn(baselineRunner, 'run').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('preview generator', () => {
  it('scaffolds packages/preview/<name> as a preview service plugin package', async () => {
    const tree = createSwitchyardWorkspace();
    await previewGenerator(tree, { name: 'load-balancer', blueprint: 'BP-0008', description: 'Load balancers for Switchyard.' });

    const packageJson = readJson(tree, 'packages/preview/load-balancer/package.json');
    expect(packageJson).toMatchObject({
      name: '@switchyard/load-balancer',
      version: '0.1.0',
      description: 'Load balancers for Switchyard. PREVIEW: its API and data may still change.',
      switchyard: { stability: 'preview', enteredCycle: 3, blueprint: 'BP-0008' },
      nx: { tags: ['stability:preview'], targets: { test: { dependsOn: ['^build', 'build'] } } },
      peerDependencies: { '@switchyard/sdk': '^1.0.0' },
      devDependencies: { '@switchyard/sdk': '^1.0.0', '@switchyard/server': '^1.0.0', '@switchyard/db': '^1.0.0' },
    });
    expect(packageJson.switchyard.renewals).toBeUndefined();
    expect(getProjects(tree).get('@switchyard/load-balancer')?.root).toBe('packages/preview/load-balancer');
  });

  it('writes the plugin as one resource declaration with its migration, limit service, store and tests', async () => {
    const tree = createSwitchyardWorkspace();
    await previewGenerator(tree, { name: 'load-balancer', blueprint: 'BP-0008' });
    const root = 'packages/preview/load-balancer';
    const read = (file: string) => tree.read(`${root}/${file}`, 'utf-8') ?? '';
    expect(read('src/resources/item.ts')).toContain(
      "resource: 'load_balancer_item',\n  collection: 'load_balancer_items',\n  path: '/v2.0/load-balancer/items',\n  table: 'load_balancer_items',",
    );
    expect(read('src/index.ts')).toContain("name: 'load-balancer',");
    expect(read('src/index.ts')).toContain("description: 'LoadBalancer as a service for Switchyard.',");
    expect(read('src/index.ts')).toContain('resources: [itemResource.apiResource],');
    expect(read('src/index.ts')).toContain('service: { nativeBulk: true, create: (operation, input) => createItem(config, operation, input) }');
    expect(read('src/service/create-item.ts')).toContain("'LoadBalancerItemLimitReached'");
    expect(read('src/service/create-item.ts')).toContain('the most [plugins.load-balancer] max_items_per_project allows');
    expect(read('src/migrations/0001-create-items.ts')).toContain(".createTable('load_balancer_items')");
    expect(read('tests/api/items.spec.ts')).toContain("const PATH = '/v2.0/load-balancer/items';");
    expect(read('tests/scenario/server.spec.ts')).toContain("...(stability === 'preview' ? ['[preview]', 'enabled = [\"load-balancer\"]'] : []),");
    // The generated tests expect the label package.json declares, so they still pass once promoted.
    expect(read('tests/scenario/server.spec.ts')).toContain("expect(created.headers.get('x-switchyard-stability')).toBe(stability);");
    expect(read('tests/api/items.spec.ts')).toContain("expect(created.headers['x-switchyard-stability']).toBe(stability);");
    expect(read('vitest.config.ts')).toContain("from '../../../vitest.shared'");
    expect(readJson(tree, `${root}/tsconfig.json`)).toMatchObject({
      extends: '../../../tsconfig.base.json',
      references: [
        { path: '../../core/sdk' },
        { path: '../../core/client' },
        { path: '../../core/server' },
        { path: '../../core/db' },
        { path: '../../core/cli' },
        { path: '../../core/dashboard' },
      ],
    });
  });

  it('gives it the API baseline machinery of a service package: api-report and openapi targets, API Extractor configs for . and ./cli', async () => {
    const tree = createSwitchyardWorkspace();
    await previewGenerator(tree, { name: 'vpn', blueprint: 'BP-0008' });
    const root = 'packages/preview/vpn';
    const packageJson = readJson(tree, `${root}/package.json`);
    expect(packageJson.nx.targets['api-report']).toMatchObject({
      command: 'node ../../../tools/incubator/src/compat/typescript/api-report.mjs',
      options: { cwd: '{projectRoot}' },
      configurations: { update: { args: '--update' } },
      dependsOn: ['build'],
    });
    expect(packageJson.nx.targets.openapi).toMatchObject({
      options: { command: 'node packages/core/server/dist/openapi.js {projectRoot}' },
      configurations: { update: { args: '--update' } },
      dependsOn: ['build', '^build'],
    });
    expect(readJson(tree, `${root}/api-extractor.json`)).toMatchObject({ extends: '../../../api-extractor.base.json' });
    expect(readJson(tree, `${root}/api-extractor.cli.json`)).toMatchObject({
      extends: '../../../api-extractor.base.json',
      mainEntryPointFilePath: '<projectFolder>/dist/cli.d.ts',
      apiReport: { reportFileName: 'cli.report' },
      docModel: { apiJsonFilePath: '<projectFolder>/api/cli.model.api.json' },
    });
    expect(readJson(tree, `${root}/api-extractor.client.json`)).toMatchObject({
      mainEntryPointFilePath: '<projectFolder>/dist/client.d.ts',
      apiReport: { reportFileName: 'client.report' },
      docModel: { apiJsonFilePath: '<projectFolder>/api/client.model.api.json' },
    });
    expect(readJson(tree, `${root}/api-extractor.dashboard.json`)).toMatchObject({
      mainEntryPointFilePath: '<projectFolder>/dist/dashboard.d.ts',
      apiReport: { reportFileName: 'dashboard.report' },
      docModel: { apiJsonFilePath: '<projectFolder>/api/dashboard.model.api.json' },
    });
    expect(tree.read(`${root}/tsup.config.ts`, 'utf-8')).toContain(
      "entry: { index: 'src/index.ts', cli: 'src/cli/index.ts', client: 'src/client/index.ts', dashboard: 'src/dashboard/index.ts' },",
    );
  });

  it("meets promote's API baseline criterion but for the api/ files, which are exactly what its callback's targets write", async () => {
    const tree = createSwitchyardWorkspace();
    await previewGenerator(tree, { name: 'vpn', blueprint: 'BP-0008' });
    const root = 'packages/preview/vpn';
    expect(checkApiBaseline(tree, root, readJson(tree, `${root}/package.json`))).toEqual([
      `${root}/api lacks report.api.md, model.api.json, cli.report.api.md, cli.model.api.json, client.report.api.md, client.model.api.json, dashboard.report.api.md, dashboard.model.api.json: run \`npx nx run @switchyard/vpn:api-report --configuration=update\` and commit ${root}/api.`,
      `${root}/api lacks openapi.json: run \`npx nx run @switchyard/vpn:openapi:update\` and commit ${root}/api.`,
    ]);
  });

  it('contributes CLI commands for its resource through a ./cli export, its label left to the metadata', async () => {
    const tree = createSwitchyardWorkspace();
    await previewGenerator(tree, { name: 'vpn', blueprint: 'BP-0008' });
    const root = 'packages/preview/vpn';
    const packageJson = readJson(tree, `${root}/package.json`);
    expect(packageJson.exports['./cli']).toEqual({ '@switchyard/source': './src/cli/index.ts', types: './dist/cli.d.ts', default: './dist/cli.js' });
    expect(packageJson.devDependencies['@switchyard/cli']).toBe('^1.0.0');
    const cli = tree.read(`${root}/src/cli/index.ts`, 'utf-8') ?? '';
    expect(cli).toContain("service: 'vpn',");
    expect(cli).toContain('addResourceCommands(service, itemCommands, context);');
    expect(cli).not.toMatch(/\[preview\]/);
    expect(tree.read(`${root}/src/cli/item-commands.ts`, 'utf-8')).toContain('...itemResource.apiResource,');
    expect(tree.read(`${root}/tests/api/item-commands.spec.ts`, 'utf-8')).toContain("'vpn', 'item', 'create', '--name', 'first'");
  });

  it('exports a typed client through ./client, built on @switchyard/client (an optional peer) from generated files', async () => {
    const tree = createSwitchyardWorkspace();
    await previewGenerator(tree, { name: 'load-balancer', blueprint: 'BP-0008' });
    const root = 'packages/preview/load-balancer';
    const packageJson = readJson(tree, `${root}/package.json`);
    expect(packageJson.exports['./client']).toEqual({ '@switchyard/source': './src/client/index.ts', types: './dist/client.d.ts', default: './dist/client.js' });
    expect(packageJson.peerDependencies['@switchyard/client']).toBe('^1.0.0');
    expect(packageJson.peerDependenciesMeta).toMatchObject({ '@switchyard/client': { optional: true } });
    expect(packageJson.nx.targets['client-types']).toMatchObject({
      options: { command: 'node packages/core/client/codegen/dist/cli.js {projectRoot}/api/openapi.json {projectRoot}/src/client/generated' },
      configurations: { update: { args: '--update' } },
      inputs: expect.arrayContaining(['{projectRoot}/api/openapi.json']),
    });
    const client = tree.read(`${root}/src/client/index.ts`, 'utf-8') ?? '';
    expect(client).toContain("export const createLoadBalancerClient = defineServiceClient<paths>({ service: 'load-balancer', operations: operationStability });");
    expect(tree.read(`${root}/src/client/generated/api.ts`, 'utf-8')).toContain('npx nx run @switchyard/load-balancer:client-types:update');
  });

  it('contributes a dashboard panel listing and creating its resource through a ./dashboard export, its label left to the metadata', async () => {
    const tree = createSwitchyardWorkspace();
    await previewGenerator(tree, { name: 'load-balancer', blueprint: 'BP-0008' });
    const root = 'packages/preview/load-balancer';
    const packageJson = readJson(tree, `${root}/package.json`);
    expect(packageJson.exports['./dashboard']).toEqual({ '@switchyard/source': './src/dashboard/index.ts', types: './dist/dashboard.d.ts', default: './dist/dashboard.js' });
    expect(packageJson.peerDependencies['@switchyard/dashboard']).toBe('^1.0.0');
    expect(packageJson.peerDependenciesMeta['@switchyard/dashboard']).toEqual({ optional: true });
    expect(packageJson.devDependencies['@switchyard/dashboard']).toBe('^1.0.0');
    const panel = tree.read(`${root}/src/dashboard/index.ts`, 'utf-8') ?? '';
    expect(panel).toContain("      path: '/v2.0/load-balancer/items',\n      collection: 'load_balancer_items',\n      resource: 'load_balancer_item',");
    expect(panel).toContain("title: 'LoadBalancer',");
    expect(panel).toContain("{ name: 'name', label: 'Name' },");
    // The server serves the panel as one file to the browser: types only, and no label of its own.
    expect(panel.match(/^import .*$/gm)).toEqual(["import type { DashboardPanel } from '@switchyard/dashboard';"]);
    expect(panel).not.toMatch(/preview/i);
    expect(tree.read(`${root}/src/dashboard/panel.spec.ts`, 'utf-8')).toContain("import { itemResource } from '../resources/item.js';");
  });

  it('keeps the SDK (and the client, for ./client, and the dashboard types, for ./dashboard) the only packages the plugin imports (TypeBox included)', async () => {
    const tree = createSwitchyardWorkspace();
    await previewGenerator(tree, { name: 'vpn', blueprint: 'BP-0008' });
    const sources = tree
      .listChanges()
      .filter((change) => /^packages\/preview\/vpn\/src\/.*(?<!\.spec)\.ts$/.test(change.path))
      .map((change) => change.content?.toString('utf-8') ?? '');
    const imported = new Set(sources.flatMap((source) => [...source.matchAll(/from '([^.][^']*)'/g)].map((match) => match[1])));
    expect(sources.length).toBeGreaterThan(0);
    expect([...imported].sort()).toEqual(['@switchyard/client', '@switchyard/dashboard', '@switchyard/sdk']);
    expect(readJson(tree, 'packages/preview/vpn/package.json').dependencies).toBeUndefined();
  });

  it('starts the README with the preview banner under the title', async () => {
    const tree = createSwitchyardWorkspace();
    await previewGenerator(tree, { name: 'vpn', blueprint: 'BP-0008' });
    const lines = tree.read('packages/preview/vpn/README.md', 'utf-8')?.split('\n') ?? [];
    expect(lines[0]).toBe('# @switchyard/vpn');
    expect(lines[1]).toBe('');
    expect(lines[2].startsWith('> **⚠ PREVIEW.**')).toBe(true);
  });

  it('keeps quotes in a description valid in package.json and TypeScript', async () => {
    const tree = createSwitchyardWorkspace();
    await previewGenerator(tree, { name: 'vpn', blueprint: 'BP-0008', description: `  The "site-to-site" VPN's   service.\n` });
    expect(readJson(tree, 'packages/preview/vpn/package.json').description).toBe(`The "site-to-site" VPN's service. PREVIEW: its API and data may still change.`);
    expect(tree.read('packages/preview/vpn/src/index.ts', 'utf-8')).toContain(`description: 'The "site-to-site" VPN\\'s service.',`);
  });

  it('references the package from the root tsconfig.json and writes a minor changeset', async () => {
    const tree = createSwitchyardWorkspace();
    await previewGenerator(tree, { name: 'vpn', blueprint: 'BP-0008' });
    expect(readJson(tree, 'tsconfig.json').references.at(-1)).toEqual({ path: './packages/preview/vpn' });
    expect(tree.read('.changeset/preview-vpn.md', 'utf-8')).toBe(
      '---\n"@switchyard/vpn": minor\n---\n\nNew preview service @switchyard/vpn (blueprint BP-0008, release cycle 3): Vpn as a service for Switchyard. ' +
        'Operators opt in with service_plugins and [preview] enabled in switchyard.toml.\n',
    );
  });

  it('leaves switchyard.toml alone; once on disk, generates api/ and the client types and prints the two lines an operator adds, then the workspace follow-up', async () => {
    const tree = createSwitchyardWorkspace();
    const before = tree.read('switchyard.toml', 'utf-8');
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    const callback = await previewGenerator(tree, { name: 'vpn', blueprint: 'BP-0008' });
    expect(tree.read('switchyard.toml', 'utf-8')).toBe(before);
    expect(runBaseline).not.toHaveBeenCalled();
    await callback();
    const commands = ['openapi', 'client-types', 'api-report'].map((target) => `nx run @switchyard/vpn:${target}:update --output-style=static`);
    expect(runBaseline.mock.calls).toEqual(commands.map((command) => ['npx', command.split(' '), { cwd: tree.root, stdio: 'inherit' }]));
    expect(info).toHaveBeenCalledWith(
      `packages/preview/vpn/api and src/client/generated: generated from the code (${commands.map((command) => `npx ${command}`).join(' && ')}); commit them with the package.`,
    );
    expect(info).toHaveBeenCalledWith(
      `@switchyard/vpn is a preview. To run it, an operator adds to switchyard.toml:\n  service_plugins = [..., "vpn"]\n  [preview] enabled = [..., "vpn"]\n${WORKSPACE_FOLLOW_UP}`,
    );
  });
});

describe('preview generator refusals leave the tree untouched', () => {
  async function refusal(options: { name: string; blueprint: string }, prepare?: (tree: ReturnType<typeof createSwitchyardWorkspace>) => void) {
    const tree = createSwitchyardWorkspace();
    prepare?.(tree);
    const before = snapshotTree(tree);
    const run = previewGenerator(tree, options);
    await run.catch(() => undefined);
    expect(snapshotTree(tree)).toEqual(before);
    return run;
  }

  it.each(['Dns', 'dn', 'dns_zones', '9dns', 'dns-', 'dns--zones', 'a'.repeat(41), ''])('refuses the invalid name %j', async (name) => {
    await expect(refusal({ name, blueprint: 'BP-0008' })).rejects.toThrow(
      `Cannot create preview ${JSON.stringify(name)}: a service name is 3-40 lower-case letters, digits and single dashes, starting with a letter and ending with a letter or digit (it becomes the package @switchyard/<name> and the service_plugins entry), for example "dns-zones".`,
    );
  });

  it('refuses a name with a folder in core or preview', async () => {
    await expect(refusal({ name: 'sdk', blueprint: 'BP-0008' })).rejects.toThrow('Cannot create preview "sdk": packages/core/sdk already exists. Choose another name.');
    await expect(refusal({ name: 'dns', blueprint: 'BP-0008' })).rejects.toThrow('Cannot create preview "dns": packages/preview/dns already exists. Choose another name.');
  });

  it('refuses a name whose package exists elsewhere in the workspace', async () => {
    await expect(
      refusal({ name: 'vpn', blueprint: 'BP-0008' }, (tree) => writeJson(tree, 'tools/vpn-tools/package.json', { name: '@switchyard/vpn', version: '0.0.0' })),
    ).rejects.toThrow('Cannot create preview "vpn": the package @switchyard/vpn already exists in tools/vpn-tools. Choose another name.');
  });

  it('refuses a name that is already an Nx project', async () => {
    await expect(
      refusal({ name: 'vpn', blueprint: 'BP-0008' }, (tree) => writeJson(tree, 'apps/vpn/project.json', { name: 'vpn', root: 'apps/vpn' })),
    ).rejects.toThrow('Cannot create preview "vpn": the Nx project "vpn" already exists in apps/vpn. Choose another name.');
  });

  it('refuses a retired name', async () => {
    const retired = { name: 'vpn', package: '@switchyard/vpn', lastVersion: '0.2.0', reason: 'x', cycle: 2, deprecate: { range: '<=0.2.0', message: 'x' } };
    await expect(refusal({ name: 'vpn', blueprint: 'BP-0008' }, (tree) => writeJson(tree, 'retired.json', { retired: [retired] }))).rejects.toThrow(
      'Cannot create preview "vpn": it belonged to @switchyard/vpn, retired in cycle 2 (retired.json); a retired name is never reused, so its old npm versions and stored data cannot be mistaken for the new service. Choose another name.',
    );
  });

  it('refuses a missing, unapproved or absent blueprint', async () => {
    await expect(refusal({ name: 'vpn', blueprint: 'BP-0404' })).rejects.toThrow('Blueprint BP-0404 not found: expected blueprints/BP-0404.md');
    await expect(refusal({ name: 'vpn', blueprint: 'BP-0009' })).rejects.toThrow(
      'Blueprint BP-0009 is not approved: blueprints/BP-0009.md has status "draft"; only a blueprint with "status: approved" in its front matter can be used.',
    );
    await expect(refusal({ name: 'vpn', blueprint: '' })).rejects.toThrow('Blueprint reference "" is not valid');
  });

  it('refuses to run outside a Switchyard workspace', async () => {
    await expect(refusal({ name: 'vpn', blueprint: 'BP-0008' }, (tree) => tree.delete('packages/core/db'))).rejects.toThrow(
      'Cannot create preview "vpn": @switchyard/db is not in this workspace; a service plugin builds on it. Run the generator in the Switchyard repository.',
    );
  });
});
