import type { FastifyInstance } from 'fastify';
import type { CoreResources, Kysely } from '@switchyard/sdk';
import type { SwitchyardConfig } from '../config/config.js';
import type { LoadedServicePlugin } from './loaded-plugin.js';

export interface PluginHostDependencies {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  core: CoreResources;
  config: SwitchyardConfig;
}

// INITIAL SCAFFOLD (to be replaced by the plugin-host work).
export async function registerServicePlugins(
  app: FastifyInstance,
  plugins: LoadedServicePlugin[],
  dependencies: PluginHostDependencies,
): Promise<void> {
  for (const loaded of plugins) {
    const context = {
      service: loaded.service,
      stability: loaded.metadata.stability,
      db: dependencies.db,
      config: dependencies.config.plugins[loaded.service] ?? {},
      logger: app.log.child({ service: loaded.service, stability: loaded.metadata.stability }),
      core: dependencies.core,
    };
    await app.register(loaded.plugin.routes, { context });
  }
}
