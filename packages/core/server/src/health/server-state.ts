import type { FastifyInstance } from 'fastify';

/**
 * Whether a server is draining: set by the graceful shutdown, read by `/readyz` and by the hook
 * that asks clients to close their connections. Kept beside the app rather than decorated on it,
 * so the public `FastifyInstance` type stays Fastify's own.
 */
const draining = new WeakSet<FastifyInstance>();

export function markDraining(app: FastifyInstance): void {
  draining.add(app);
}

export function isDraining(app: FastifyInstance): boolean {
  return draining.has(app);
}
