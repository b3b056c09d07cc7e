import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Test fixtures written at test time: a throw-away directory with a `switchyard.toml` and
 * plugin packages under `node_modules`, exactly as an operator's install would look.
 */
export interface TempDir {
  root: string;
  write(relativePath: string, text: string): string;
  remove(): void;
}

export function makeTempDir(): TempDir {
  const root = mkdtempSync(path.join(tmpdir(), 'switchyard-test-'));
  return {
    root,
    write(relativePath, text) {
      const file = path.join(root, relativePath);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface FixturePluginOptions {
  /** The service name the plugin declares. */
  service: string;
  stability: 'stable' | 'preview';
  /** Defaults to `@switchyard/<service>`. */
  packageName?: string;
  version?: string;
  configSchema?: Record<string, unknown>;
  /** Leaves out the `switchyard` field of package.json. */
  withoutMetadata?: boolean;
  /** Aliases of further extensions the plugin declares (`additionalExtensions`). */
  additionalExtensions?: readonly string[];
  /** Source of a `./dashboard` panel module (exported as `./dashboard.js`); no such export when left out. */
  dashboardPanel?: string;
  /** Declares the `./dashboard` export without writing its file (a package not built). */
  dashboardPanelMissing?: boolean;
}

/**
 * A small but real plugin package: one table (created by its migration), routes to list and
 * create rows, a route that fails, and its config echoed back. Plain ESM with no imports, so
 * it loads from any directory; the plugin object is built by hand, as defineServicePlugin would.
 */
export function writeFixturePlugin(dir: TempDir, options: FixturePluginOptions): string {
  const packageName = options.packageName ?? `@switchyard/${options.service}`;
  const packageDir = path.join('node_modules', ...packageName.split('/'));
  const metadata = { stability: options.stability, enteredCycle: 1, blueprint: 'BP-0099' };
  const packageJson = {
    name: packageName,
    version: options.version ?? (options.stability === 'preview' ? '0.1.0' : '1.0.0'),
    type: 'module',
    exports: {
      '.': { default: './index.js' },
      ...(options.dashboardPanel !== undefined || options.dashboardPanelMissing ? { './dashboard': { default: './dashboard.js' } } : {}),
      './package.json': './package.json',
    },
    ...(options.withoutMetadata ? {} : { switchyard: metadata }),
  };
  dir.write(path.join(packageDir, 'package.json'), JSON.stringify(packageJson, null, 2));
  dir.write(path.join(packageDir, 'index.js'), pluginSource(options));
  if (options.dashboardPanel !== undefined) dir.write(path.join(packageDir, 'dashboard.js'), options.dashboardPanel);
  return path.join(dir.root, packageDir);
}

export function fixtureTable(service: string): string {
  return `${service.replaceAll('-', '_')}_zones`;
}

function pluginSource(options: FixturePluginOptions): string {
  const { service } = options;
  return `const service = ${JSON.stringify(service)};
const table = ${JSON.stringify(fixtureTable(service))};
const base = '/v2.0/' + service + '/zones';

export default {
  kind: 'switchyard-service-plugin',
  name: service,
  description: 'Fixture zones for ' + service,
  extension: { alias: service + '-zones', name: 'Zones of ' + service, description: 'Fixture extension', updated: '2025-01-01T00:00:00Z' },
  additionalExtensions: ${JSON.stringify(options.additionalExtensions ?? [])}.map((alias) => ({ alias, name: alias, description: 'Further fixture extension', updated: '2025-02-01T00:00:00Z' })),
  resources: [{ resource: 'zone', collection: 'zones', path: base }],
  configSchema: ${JSON.stringify(options.configSchema)},
  migrations: {
    '0001_create_zones': {
      up: async (db) => {
        await db.schema.createTable(table).addColumn('name', 'varchar(255)', (c) => c.primaryKey()).execute();
      },
    },
  },
  routes: async (app, { context }) => {
    app.get(base, async (request) => {
      context.logger.info('listing zones through the context logger');
      request.log.info('listing zones through the request logger');
      const zones = await context.db.selectFrom(table).selectAll().orderBy('name').execute();
      return { zones, config: context.config };
    });
    app.post(base, {
      schema: { body: { type: 'object', required: ['zone'], properties: { zone: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } } },
    }, async (request, reply) => {
      await context.db.insertInto(table).values({ name: request.body.zone.name }).execute();
      reply.code(201);
      return { zone: { name: request.body.zone.name } };
    });
    app.get('/v2.0/' + service + '/fail', async () => {
      throw new Error('the fixture failed on purpose');
    });
  },
};
`;
}

/** The two plugins the host specs load: `dns`, an opted-in preview, and `vpn`, a stable one. */
export function writePreviewAndStablePlugins(dir: TempDir, previewVersion = '0.1.0'): void {
  writeFixturePlugin(dir, { service: 'dns', stability: 'preview', version: previewVersion });
  writeFixturePlugin(dir, { service: 'vpn', stability: 'stable', version: '2.0.0' });
}

/**
 * A stand-in for @switchyard/dashboard, installed next to the config: its entry says where its
 * built page is, as the real package's does, and the page is a line of text a test can find.
 */
export function writeFixtureDashboard(dir: TempDir): void {
  const packageDir = path.join('node_modules', '@switchyard', 'dashboard');
  const packageJson = { name: '@switchyard/dashboard', version: '1.2.3', type: 'module', exports: { '.': { default: './index.js' }, './package.json': './package.json' } };
  dir.write(path.join(packageDir, 'package.json'), JSON.stringify(packageJson, null, 2));
  dir.write(
    path.join(packageDir, 'index.js'),
    "import { fileURLToPath } from 'node:url';\nexport function dashboardAssetsDirectory() { return fileURLToPath(new URL('./app/', import.meta.url)); }\n",
  );
  dir.write(path.join(packageDir, 'app', 'index.html'), '<!doctype html><title>fixture dashboard</title><script type="module" src="./assets/app.js"></script>\n');
  dir.write(path.join(packageDir, 'app', 'assets', 'app.js'), 'console.log("fixture dashboard");\n');
}
