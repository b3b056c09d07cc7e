import type { FastifySchema } from 'fastify';

/**
 * A route schema with OpenAPI's `tags` and `summary`, for the routes outside the resource kit
 * (discovery, the OpenAPI document). Fastify's types only learn these keys once @fastify/swagger
 * is installed; Fastify itself ignores them, the OpenAPI generator reads them.
 */
export function routeSchema(schema: FastifySchema & { tags: string[]; summary: string }): FastifySchema {
  return schema;
}
