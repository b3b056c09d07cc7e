import type { OpenApiDocument, OpenApiOperation } from './openapi-document.js';

export interface MatchedOperation {
  /** `GET /v2.0/shelves/{id}`. */
  label: string;
  operation: OpenApiOperation;
}

/**
 * The documented operation a request reached: its path template matches segment by segment
 * (`{id}` matches any one non-empty segment), and the most literal template wins, as in routing.
 */
export function matchOperation(document: OpenApiDocument, method: string, url: string): MatchedOperation | undefined {
  const segments = (url.split('?')[0] ?? '').split('/');
  const verb = method.toLowerCase();
  let best: { template: string; operation: OpenApiOperation; literals: number } | undefined;
  for (const [template, item] of Object.entries(document.paths)) {
    const operation = Object.hasOwn(item, verb) ? item[verb] : undefined;
    if (operation === undefined) continue;
    const literals = literalMatches(template.split('/'), segments);
    if (literals >= 0 && (best === undefined || literals > best.literals)) best = { template, operation, literals };
  }
  return best && { label: `${method.toUpperCase()} ${best.template}`, operation: best.operation };
}

/** How many literal segments matched, or -1 when the template does not match. */
export function literalMatches(template: readonly string[], segments: readonly string[]): number {
  if (template.length !== segments.length) return -1;
  let literals = 0;
  for (const [index, part] of template.entries()) {
    const segment = segments[index] ?? '';
    if (/^\{[^}]+\}$/.test(part)) {
      if (segment === '') return -1;
    } else if (part === segment) {
      literals += 1;
    } else {
      return -1;
    }
  }
  return literals;
}

/** The documented response for a status: exact (`404`), then its class (`4XX`), then `default`. */
export function documentedResponse(operation: OpenApiOperation, status: number): { key: string; schema: unknown } | undefined {
  const responses = operation.responses ?? {};
  const family = String(Math.floor(status / 100));
  const key = [String(status), `${family}XX`, `${family}xx`, 'default'].find((candidate) => Object.hasOwn(responses, candidate));
  if (key === undefined) return undefined;
  const content = responses[key]?.content ?? {};
  const media = Object.keys(content).find((type) => type === 'application/json') ?? Object.keys(content).find((type) => type.includes('json'));
  return { key, schema: media === undefined ? undefined : content[media]?.schema };
}

export function documentedStatuses(operation: OpenApiOperation): string[] {
  return Object.keys(operation.responses ?? {});
}
