import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { installResourceDirectory } from '@switchyard/sdk';
import { type Database, type MigrationSet, migrateToLatest, openDatabase } from '@switchyard/db';
import type { SwitchyardConfig } from './config/config.js';
import { installAuth } from './http/auth-hook.js';
import { installErrorHandlers, renderFrameworkError } from './http/error-handler.js';
import { buildValidator } from './http/validation.js';
import { buildApiCatalog } from './discovery/api-catalog.js';
import { registerDiscovery } from './discovery/discovery.js';
import { readServerPackage } from './discovery/server-package.js';
import { coreApi, coreApiResources, coreExtensions, coreMigrations, createCoreEvents, createCoreResources } from './neutron/index.js';
import type { HostedPlugin, PluginLoader, PluginSelection } from './plugins/loaded-plugin.js';
import { loadServicePlugins } from './plugins/load-service-plugins.js';
import { registerOpenApi } from './openapi/register-openapi.js';
import { registerServicePlugins } from './plugins/register-service-plugins.js';

/** @public */
export interface BuildAppOptions {
  config: SwitchyardConfig;
  /** Fastify's `logger` option: false (default in tests), true, or pino options (`{ level, stream }`). */
  logger?: FastifyServerOptions['logger'];
  /** Replaces package resolution of plugins (tests hand in plugin modules directly). */
  loadPlugin?: PluginLoader;
}

/**
 * Builds the whole server without listening: plugins are resolved and checked first,
 * so a refused start-up (missing opt-in, missing package) never touches the database.
 *
 * @public
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const selection = await loadServicePlugins(config, options.loadPlugin);
  const database = await openDatabase({ url: config.database.url, baseDir: config.baseDir });
  try {
    await migrateToLatest(database.db, migrationSets(selection.plugins));
    return await assembleApp(options, database, selection);
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function assembleApp(options: BuildAppOptions, database: Database, selection: PluginSelection): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Neutron rejects unknown attributes instead of silently dropping them, and coerces no body types.
    schemaController: { compilersFactory: { buildValidator } },
    frameworkErrors: renderFrameworkError,
  });
  app.addHook('onClose', async () => database.close());
  for (const warning of selection.warnings) app.log.warn(warning);
  installErrorHandlers(app);
  installAuth(app, options.config);
  // Core and plugin resources register here, so any reference between them is checked alike.
  installResourceDirectory(app);
  await registerOpenApi(app, readServerPackage().metadata.stability);
  // Core deletions announce themselves here; plugins subscribe their hooks as they are registered.
  const events = createCoreEvents();
  await app.register(coreApi, { db: database.db, events });
  await registerServicePlugins(app, selection.plugins, {
    db: database.db,
    core: createCoreResources(database.db),
    config: options.config,
    events,
  });
  registerDiscovery(app, buildApiCatalog(coreApiDescription(), selection.plugins));
  return app;
}

function coreApiDescription() {
  return { stability: readServerPackage().metadata.stability, resources: coreApiResources, extensions: coreExtensions };
}

function migrationSets(plugins: readonly HostedPlugin[]): MigrationSet[] {
  return [
    { owner: 'core', stability: readServerPackage().metadata.stability, migrations: coreMigrations },
    ...plugins.map((loaded) => ({
      owner: loaded.service,
      stability: loaded.metadata.stability,
      migrations: loaded.plugin.migrations,
    })),
  ];
}
