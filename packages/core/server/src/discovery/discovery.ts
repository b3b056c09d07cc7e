import type { FastifyInstance } from 'fastify';
import type { LoadedServicePlugin } from '../plugins/loaded-plugin.js';

// INITIAL SCAFFOLD (to be replaced by the discovery work).
export function registerDiscovery(app: FastifyInstance, plugins: LoadedServicePlugin[]): void {
  app.get('/v2.0/extensions', async () => ({
    extensions: plugins.map((loaded) => ({ ...loaded.plugin.extension, links: [], stability: loaded.metadata.stability })),
  }));
}
