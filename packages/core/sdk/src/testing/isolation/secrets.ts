import type { Resource } from '../../resource-kit/define-resource.js';
import type { Secret } from '../leaks.js';
import type { ConformanceCaller } from '../options.js';
import type { RunContext } from '../run-context.js';
import { servedVerbs } from '../served-verbs.js';
import type { InstancePair } from './instances.js';
import { type Shown, listRequest, rowsOf } from './resource-requests.js';

/** Shorter values (statuses, flags, small numbers) are too common to call a leak. */
const DISTINCTIVE_LENGTH = 8;
const TIMESTAMP = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d/;

/**
 * What project B must never be told: project A's id, the id of every row A's lists show, and
 * A's distinctive attribute values (its names, the ids it references), except values B sees in
 * its own rows anyway (a shared value is no secret).
 */
export async function collectSecrets(context: RunContext, instances: ReadonlyMap<string, InstancePair>): Promise<Secret[]> {
  const { A, B, admin } = context.options.callers;
  // A shared row (another project's, shown to everyone) is no secret of A's.
  const aRows = (await rowsVisibleTo(context, A, instances, 'a')).filter(({ row }) => (row.project_id ?? A.project) === A.project);
  const bRows = await rowsVisibleTo(context, B, instances, 'b');
  // Rows of A's that B's list shows by mistake must not make A's values look shared.
  const aIds = new Set(aRows.map(({ row }) => row.id));
  const bOwn = bRows.filter(({ row }) => !aIds.has(row.id));
  const known = new Set([B.project, admin.project, ...bOwn.flatMap(({ row }) => stringsIn(row))]);
  const secrets = new Map<string, Secret>([[A.project, { value: A.project, label: "project A's id", perRequest: true }]]);
  for (const { resource, row } of aRows) {
    const id = String(row.id);
    if (!secrets.has(id)) secrets.set(id, { value: id, label: `the id of project A's ${resource} ${id}` });
    for (const [attribute, value] of Object.entries(row)) {
      for (const text of stringsIn(value)) {
        if (secrets.has(text) || known.has(text) || text.length < DISTINCTIVE_LENGTH || TIMESTAMP.test(text)) continue;
        secrets.set(text, { value: text, label: `the ${attribute} of project A's ${resource} ${id} (${JSON.stringify(text)})` });
      }
    }
  }
  return [...secrets.values()];
}

async function rowsVisibleTo(
  context: RunContext,
  caller: ConformanceCaller,
  instances: ReadonlyMap<string, InstancePair>,
  side: 'a' | 'b',
): Promise<Array<{ resource: string; row: Shown }>> {
  const rows: Array<{ resource: string; row: Shown }> = [];
  for (const resource of context.options.resources) {
    const name = resource.declaration.resource;
    const listed = await listedRows(context, caller, resource);
    const own = instances.get(name)?.[side].shown;
    for (const row of [...listed, ...(own ? [own] : [])]) rows.push({ resource: name, row });
  }
  return rows;
}

async function listedRows(context: RunContext, caller: ConformanceCaller, resource: Resource): Promise<Shown[]> {
  if (!servedVerbs(context.app, resource).has('list')) return [];
  const response = await listRequest(context, caller, resource);
  return response.status === 200 ? rowsOf(response, resource) : [];
}

/** Every string in a value, nested ones included. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}
