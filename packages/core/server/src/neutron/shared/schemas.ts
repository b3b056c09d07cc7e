import type { JsonSchema } from '@switchyard/sdk';
import type { FastifySchema } from 'fastify';

/**
 * Schema pieces only core resources use; the ones plugins share (ids, queries, envelopes, standard
 * attributes) live in @switchyard/sdk so core and plugins speak the same wire format.
 */
export const adminStateUp: JsonSchema = { type: 'boolean', description: 'The administrative state (up is true).' };

/**
 * A route schema with OpenAPI's `tags` and `summary`. Fastify's types only learn these keys once
 * @fastify/swagger is installed; Fastify itself ignores them, the OpenAPI generator reads them.
 */
export function routeSchema(schema: FastifySchema & { tags: string[]; summary: string }): FastifySchema {
  return schema;
}
