/** The parts of an OpenAPI 3 document the contract check reads. */
export interface OpenApiOperation {
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> } | undefined>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation | undefined>>;
  components?: unknown;
}

export function isOpenApiDocument(json: unknown): json is OpenApiDocument {
  const paths = (json as { paths?: unknown } | undefined)?.paths;
  return typeof paths === 'object' && paths !== null && !Array.isArray(paths);
}
