import type { FastifyInstance } from 'fastify';
import type { RequestAuth } from '../auth.js';
import type { QuotaLimits } from './quotas.js';

/**
 * What the kit needs to know of any resource another one may reference: the row, if the caller
 * may see it. Scoping lives here, once per resource, so a reference check is a visibility check.
 *
 * @public
 */
export interface ResourceLookup {
  findVisible(auth: RequestAuth, id: string): Promise<{ id: string; project_id: string } | undefined>;
}

/**
 * Every resource served, core and plugins alike, by singular name. The server creates one and
 * every `registerResource` adds to it, so a plugin can reference core resources (a firewall
 * group's ports) through the same checks as the core's own references.
 *
 * @public
 */
export class ResourceDirectory {
  readonly #lookups = new Map<string, ResourceLookup>();

  /** The host's quotas, which every kit create checks; none when the host keeps none (kit tests). */
  constructor(readonly quotas?: QuotaLimits) {}

  add(resource: string, lookup: ResourceLookup): void {
    if (this.#lookups.has(resource)) throw new TypeError(`Resource ${JSON.stringify(resource)} is registered twice; each resource name is served by one service.`);
    this.#lookups.set(resource, lookup);
  }

  get(resource: string): ResourceLookup | undefined {
    return this.#lookups.get(resource);
  }

  has(resource: string): boolean {
    return this.#lookups.has(resource);
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The resources served by this server; see `ResourceDirectory`. */
    switchyardResources: ResourceDirectory;
  }
}

/**
 * The directory of the server `app` belongs to; the Switchyard server decorates its root instance
 * with one before it registers any route, so plugins' encapsulated contexts see the same one.
 *
 * @public
 */
export function resourceDirectoryOf(app: FastifyInstance): ResourceDirectory {
  if (!app.hasDecorator('switchyardResources')) {
    throw new TypeError('No resource directory on this Fastify instance: call installResourceDirectory(app) on the root instance first (the Switchyard server does).');
  }
  return app.switchyardResources;
}

/**
 * Decorates a root Fastify instance with a fresh directory (the server does this; so may tests).
 *
 * @public
 */
export function installResourceDirectory(app: FastifyInstance, options: { quotas?: QuotaLimits } = {}): ResourceDirectory {
  const directory = new ResourceDirectory(options.quotas);
  app.decorate('switchyardResources', directory);
  return directory;
}
