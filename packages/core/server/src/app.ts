import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { installResourceDirectory } from '@switchyard/sdk';
import { type AppliedMigration, type Database, type MigrationSet, migrateToLatest, openDatabase } from '@switchyard/db';
import type { SwitchyardConfig } from './config/config.js';
import { installAuth } from './http/auth-hook.js';
import { installErrorHandlers, renderFrameworkError } from './http/error-handler.js';
import { buildValidator } from './http/validation.js';
import { buildApiCatalog } from './discovery/api-catalog.js';
import { registerDiscovery } from './discovery/discovery.js';
import { readServerPackage } from './discovery/server-package.js';
import {
  type DeclaredAttributes,
  type NetworkExtensions,
  type PortExtensions,
  type ServerQuotas,
  coreApi,
  coreApiResources,
  coreExtensions,
  coreMigrations,
  coreQuotaLimits,
  createCoreEvents,
  createCoreResources,
  createNetworkExtensions,
  createPortExtensions,
} from './neutron/index.js';
import type { HostedPlugin, PluginLoader, PluginSelection } from './plugins/loaded-plugin.js';
import { loadServicePlugins } from './plugins/load-service-plugins.js';
import { registerOpenApi } from './openapi/register-openapi.js';
import { registerDocs } from './docs/register-docs.js';
import { registerServicePlugins } from './plugins/register-service-plugins.js';
import { hostQuotas } from './plugins/plugin-quotas.js';
import { checkLoggedServices, openServerLogging } from './logging/server-logging.js';
import { registerHealth } from './health/register-health.js';
import { registerProjectLookup } from './identity/project-lookup.js';
import { registerMetrics } from './metrics/register-metrics.js';
import { type PreparedDashboard, prepareDashboard } from './dashboard/prepare-dashboard.js';
import { registerDashboard } from './dashboard/register-dashboard.js';

/** @public */
export interface BuildAppOptions {
  config: SwitchyardConfig;
  /** Fastify's `logger` option: false (default in tests), true, or pino options (`{ level, stream }`). */
  logger?: FastifyServerOptions['logger'];
  /** Replaces package resolution of plugins (tests hand in plugin modules directly). */
  loadPlugin?: PluginLoader;
  /**
   * Where `@switchyard/dashboard` and the plugins' `./dashboard` panels are looked for when
   * `[dashboard] enabled`; by default the config file's directory, then the server's own install.
   */
  dashboardSearchDirectories?: readonly string[];
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
  // Before the database opens too: enabled but not installed refuses the start-up.
  const dashboard = await prepareDashboard(config, selection.plugins, options.dashboardSearchDirectories);
  // Before the database opens: two owners of one port or network attribute refuse the start-up.
  const portExtensions = createPortExtensions(declaredAttributes(selection.plugins, 'portAttributes'));
  const networkExtensions = createNetworkExtensions(declaredAttributes(selection.plugins, 'networkAttributes'));
  // Likewise a [quotas] key that no loaded service counts.
  const quotas = hostQuotas(config, selection.plugins);
  const { poolSize, statementTimeoutMs } = config.database;
  const database = await openDatabase({ url: config.database.url, baseDir: config.baseDir, poolSize, statementTimeoutMs });
  try {
    const sets = migrationSets(selection.plugins);
    // Servers sharing the database may start at once: one migrates, the others wait and apply nothing.
    const applied = await migrateToLatest(database.db, sets);
    return await assembleApp(options, database, { ...selection, portExtensions, networkExtensions, quotas }, { sets, applied }, dashboard);
  } catch (error) {
    await database.close();
    throw error;
  }
}

interface StartupMigrations {
  sets: MigrationSet[];
  applied: AppliedMigration[];
}

async function assembleApp(
  options: BuildAppOptions,
  database: Database,
  selection: PluginSelection & { portExtensions: PortExtensions; networkExtensions: NetworkExtensions; quotas: ServerQuotas },
  migrations: StartupMigrations,
  dashboard: PreparedDashboard | undefined,
): Promise<FastifyInstance> {
  // Before any file opens: [logging.services.<name>] must name a loaded service.
  checkLoggedServices(options.config, selection.plugins.map((plugin) => plugin.service));
  const logging = openServerLogging(options.config, options.logger);
  const app = Fastify({
    ...logging.fastify,
    // Neutron rejects unknown attributes instead of silently dropping them, and coerces no body types.
    schemaController: { compilersFactory: { buildValidator } },
    frameworkErrors: renderFrameworkError,
  });
  app.addHook('onClose', async () => database.close());
  app.addHook('onClose', async () => logging.close());
  for (const warning of [...selection.warnings, ...(dashboard?.warnings ?? [])]) app.log.warn(warning);
  logAppliedMigrations(app, migrations.applied);
  installErrorHandlers(app);
  installAuth(app, options.config);
  // Before any API route: the metrics hook must reach every route, core and plugin.
  if (options.config.metrics?.enabled) {
    registerMetrics(app, { database, plugins: selection.plugins, coreStability: readServerPackage().metadata.stability });
  }
  registerHealth(app, { db: database.db, migrationSets: migrations.sets, plugins: selection.plugins.map((plugin) => plugin.service) });
  // Core and plugin resources register here, so any reference between them is checked alike.
  installResourceDirectory(app, { quotas: coreQuotaLimits(selection.quotas.defaults) });
  await registerOpenApi(app, readServerPackage().metadata.stability);
  // Core deletions announce themselves here; plugins subscribe their hooks as they are registered.
  const events = createCoreEvents();
  await app.register(coreApi, { db: database.db, events, ...extensionsOf(selection), quotas: selection.quotas });
  await registerServicePlugins(app, selection.plugins, {
    db: database.db,
    core: createCoreResources(database.db),
    config: options.config,
    events,
    ...extensionsOf(selection),
    serviceLogger: (service, core) => logging.serviceLogger(service, core),
  });
  registerProjectLookup(app, database.db);
  registerDiscovery(app, buildApiCatalog(coreApiDescription(), selection.plugins));
  await registerDocs(app);
  if (dashboard) await registerDashboard(app, { assets: dashboard.assets, panels: dashboard.panels, coreStability: readServerPackage().metadata.stability });
  return app;
}

function logAppliedMigrations(app: FastifyInstance, applied: readonly AppliedMigration[]): void {
  if (applied.length === 0) return;
  app.log.info({ migrations: applied.map((migration) => `${migration.owner}/${migration.name}`) }, `applied ${applied.length} migrations`);
}

function coreApiDescription() {
  return { stability: readServerPackage().metadata.stability, resources: coreApiResources, extensions: coreExtensions };
}

function declaredAttributes(plugins: readonly HostedPlugin[], key: 'portAttributes' | 'networkAttributes'): DeclaredAttributes[] {
  return plugins.flatMap(({ service, plugin }) => {
    const extension = plugin[key];
    return extension ? [{ service, attributes: extension.attributes }] : [];
  });
}

function extensionsOf({ portExtensions, networkExtensions }: { portExtensions: PortExtensions; networkExtensions: NetworkExtensions }) {
  return { portExtensions, networkExtensions };
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
