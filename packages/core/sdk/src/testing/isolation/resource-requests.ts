import type { Resource } from '../../resource-kit/define-resource.js';
import type { ConformanceCaller, ConformanceResponse } from '../options.js';
import type { RunContext } from '../run-context.js';

export type Shown = Record<string, unknown>;

export function showRequest(context: RunContext, caller: ConformanceCaller, resource: Resource, id: string, query = ''): Promise<ConformanceResponse> {
  return context.client.request(caller, { method: 'GET', url: `${resource.declaration.path}/${encodeURIComponent(id)}${query}` });
}

export function listRequest(context: RunContext, caller: ConformanceCaller, resource: Resource, query = ''): Promise<ConformanceResponse> {
  return context.client.request(caller, { method: 'GET', url: `${resource.declaration.path}${query}` });
}

/** The resource in a `{"<resource>": {...}}` answer. */
export function shownOf(response: ConformanceResponse, resource: Resource): Shown | undefined {
  const shown = (response.json as Record<string, unknown> | undefined)?.[resource.declaration.resource];
  return typeof shown === 'object' && shown !== null && !Array.isArray(shown) ? (shown as Shown) : undefined;
}

/** The resources of a `{"<collection>": [...]}` answer (empty when it is not one). */
export function rowsOf(response: ConformanceResponse, resource: Resource): Shown[] {
  const rows = (response.json as Record<string, unknown> | undefined)?.[resource.declaration.collection];
  return Array.isArray(rows) ? rows.filter((row): row is Shown => typeof row === 'object' && row !== null) : [];
}

export function idsOf(response: ConformanceResponse, resource: Resource): string[] {
  return rowsOf(response, resource)
    .map((row) => row.id)
    .filter((id): id is string => typeof id === 'string');
}

/** Every id the caller's list shows, or undefined when the list did not answer 200. */
export async function visibleIds(context: RunContext, caller: ConformanceCaller, resource: Resource): Promise<Set<string> | undefined> {
  const response = await listRequest(context, caller, resource);
  return response.status === 200 ? new Set(idsOf(response, resource)) : undefined;
}
