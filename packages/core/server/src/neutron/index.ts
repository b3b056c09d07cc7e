import type { FastifyPluginAsync } from 'fastify';
import type { CoreResources, Kysely, Migration } from '@switchyard/sdk';

// INITIAL SCAFFOLD (to be replaced by the Neutron core resources work).
export const coreMigrations: Record<string, Migration> = {};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const coreApi: FastifyPluginAsync<{ db: Kysely<any> }> = async () => {};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createCoreResources(_db: Kysely<any>): CoreResources {
  return { findPort: async () => undefined, findRouter: async () => undefined };
}
