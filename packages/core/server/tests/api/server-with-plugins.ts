import type { FastifyInstance } from 'fastify';
import { type LoadedServicePlugin, type SwitchyardConfig, buildApp } from '../../src/index.js';
import { createTestDatabase } from '../../src/testing/test-database.js';
import { testConfig } from '../host/config.js';

/** A server hosting the given fixture plugins, on SQLite or on SWITCHYARD_TEST_DATABASE_URL's PostgreSQL. */
export async function serverWith(plugins: readonly LoadedServicePlugin[], overrides: Partial<SwitchyardConfig> = {}): Promise<FastifyInstance> {
  const database = await createTestDatabase();
  const byName = new Map(plugins.map((plugin) => [plugin.service, plugin]));
  const config = testConfig(process.cwd(), { database: { url: database.url }, servicePlugins: plugins.map((plugin) => plugin.service), ...overrides });
  const app = await buildApp({ config, loadPlugin: async (entry) => byName.get(entry) as LoadedServicePlugin }).catch(async (error: unknown) => {
    await database.remove();
    throw error;
  });
  app.addHook('onClose', async () => database.remove());
  return app;
}
