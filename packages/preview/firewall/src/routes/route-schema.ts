/**
 * A route schema with OpenAPI's `tags` and `summary`: Fastify ignores them, the server's OpenAPI
 * document (and the firewall's committed api/openapi.json) shows them for each operation.
 */
export function routeSchema<T extends object>(tags: string[], summary: string, schema: T): T & { tags: string[]; summary: string } {
  return { ...schema, tags, summary };
}
