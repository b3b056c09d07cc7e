import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { type ServicePlugin, readStabilityMetadata } from '@switchyard/sdk';
import { buildApp } from '../app.js';
import type { SwitchyardConfig } from '../config/config.js';
import type { LoadedServicePlugin } from '../plugins/loaded-plugin.js';
import { testServerLogger } from './log-guard.js';
import { createTestDatabase } from './test-database.js';

/**
 * A plugin package under test: its default export and where its package.json is, so its
 * stability and version come from the one declaration, as in production.
 *
 * @public
 */
export interface PluginUnderTest {
  plugin: ServicePlugin;
  /** `new URL('../../package.json', import.meta.url)` from a test file two folders down. */
  packageJsonUrl: URL;
  /** Its `[plugins.<service>]` section. */
  config?: Record<string, unknown>;
}

/**
 * @public
 */
export interface TestServerOptions {
  plugins?: readonly PluginUnderTest[];
  /** `noauth` (default: `X-Project-Id` and `X-Roles` headers pick the caller) or `token`. */
  auth?: Pick<SwitchyardConfig, 'authStrategy' | 'auth'>;
}

/**
 * A whole Switchyard server in memory for `inject()` tests, core and plugins alike: the
 * plugins handed in are loaded as the server loads installed ones, a preview opted in (as an
 * operator must) and a stable one not. The database is SQLite in memory, or a fresh schema on
 * the PostgreSQL server SWITCHYARD_TEST_DATABASE_URL names (removed when the server closes).
 *
 * @public
 */
export async function buildTestServer(options: TestServerOptions = {}): Promise<FastifyInstance> {
  const loaded = (options.plugins ?? []).map(loadPluginUnderTest);
  const database = await createTestDatabase();
  const app = await buildApp({
    config: {
      baseDir: process.cwd(),
      server: { host: '127.0.0.1', port: 0 },
      database: { url: database.url },
      ...(options.auth ?? { authStrategy: 'noauth', auth: { defaultProject: 'demo', tokens: {} } }),
      servicePlugins: loaded.map((plugin) => plugin.service),
      preview: { enabled: loaded.filter((plugin) => plugin.metadata.stability === 'preview').map((plugin) => plugin.service) },
      plugins: Object.fromEntries((options.plugins ?? []).map((entry) => [entry.plugin.name, entry.config ?? {}])),
    },
    // Error lines reach the test log guard, which fails the test on one it did not expect.
    logger: testServerLogger(),
    loadPlugin: async (service) => {
      const found = loaded.find((plugin) => plugin.service === service);
      if (!found) throw new Error(`No plugin under test is named ${service}.`);
      return found;
    },
  }).catch(async (error: unknown) => {
    await database.remove();
    throw error;
  });
  app.addHook('onClose', async () => database.remove());
  return app;
}

function loadPluginUnderTest(entry: PluginUnderTest): LoadedServicePlugin {
  const packageJson = JSON.parse(readFileSync(entry.packageJsonUrl, 'utf8')) as { name: string; version: string };
  return {
    service: entry.plugin.name,
    packageName: packageJson.name,
    version: packageJson.version,
    metadata: readStabilityMetadata(packageJson, 'package.json'),
    plugin: entry.plugin,
  };
}
