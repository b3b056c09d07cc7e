import type { FastifyInstance } from 'fastify';
import { markPreviews } from './mark-previews.js';

/** Where a running server serves its interactive API reference. */
export const DOCS_PATH = '/docs';

/**
 * Serves the interactive API reference (Swagger UI, every asset from this server, nothing from a
 * CDN) at `/docs`, rendered from the same document as `/v2.0/openapi.json`, with preview
 * operations marked. Loaded lazily so a server pays for the UI only when it is enabled.
 */
export async function registerDocs(app: FastifyInstance): Promise<void> {
  const { default: swaggerUi } = await import('@fastify/swagger-ui');
  await app.register(swaggerUi, {
    routePrefix: DOCS_PATH,
    transformSpecification: (document) => markPreviews(document),
    transformSpecificationClone: true,
    uiConfig: { docExpansion: 'list', deepLinking: false, tryItOutEnabled: false },
  });
}
