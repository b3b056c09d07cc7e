import { randomBytes } from 'node:crypto';
import type { Resource } from '../../resource-kit/define-resource.js';
import type { JsonSchema } from '../../service-plugin.js';
import type { ConformanceCaller } from '../options.js';
import type { RunContext } from '../run-context.js';
import { servedVerbs } from '../served-verbs.js';
import { type Shown, listRequest, rowsOf, showRequest, shownOf } from './resource-requests.js';

export interface Instance {
  id: string;
  /** As its own project's show answered after creation. */
  shown: Shown;
}

export interface InstancePair {
  a: Instance;
  b: Instance;
}

/** One instance per resource and project, made by the caller's fixtures; project A's carries a marker name to spot leaks by. */
export async function createInstances(context: RunContext): Promise<Map<string, InstancePair>> {
  const { A, B } = context.options.callers;
  const instances = new Map<string, InstancePair>();
  for (const resource of context.options.resources) {
    const a = await createInstance(context, resource, A, true);
    const b = await createInstance(context, resource, B, false);
    instances.set(resource.declaration.resource, { a, b });
  }
  return instances;
}

async function createInstance(context: RunContext, resource: Resource, caller: ConformanceCaller, mark: boolean): Promise<Instance> {
  const id = await runFixture(context, resource.declaration.resource, caller);
  if (mark) await markInstance(context, resource, caller, id);
  return { id, shown: await showOwn(context, resource, caller, id) };
}

/** Runs the caller's fixture for any resource (declared or only referenced); its errors name the fixture. */
export async function runFixture(context: RunContext, resource: string, caller: ConformanceCaller): Promise<string> {
  const fixture = context.options.fixtures[resource];
  let id: unknown;
  try {
    id = await fixture(context.client, caller);
  } catch (caught) {
    const reason = caught instanceof Error ? caught.message : String(caught);
    throw new Error(`Conformance suite ${JSON.stringify(context.options.name)}: fixtures.${resource} failed for project ${caller.name}: ${reason}`, { cause: caught });
  }
  if (typeof id !== 'string' || id === '') throw new TypeError(`fixtures.${resource} must return the new ${resource}'s id (a string), not ${JSON.stringify(id)}.`);
  return id;
}

async function showOwn(context: RunContext, resource: Resource, caller: ConformanceCaller, id: string): Promise<Shown> {
  const verbs = servedVerbs(context.app, resource);
  if (verbs.has('show')) {
    const response = await showRequest(context, caller, resource, id);
    const shown = shownOf(response, resource);
    if (response.status === 200 && shown) return shown;
    throw new Error(`fixtures.${resource.declaration.resource} returned ${id}, but its project ${caller.name} cannot show it: ${response.status} ${response.text.slice(0, 300)}`);
  }
  const listed = verbs.has('list') ? rowsOf(await listRequest(context, caller, resource), resource).find((row) => row.id === id) : undefined;
  return listed ?? { id };
}

/** Distinctive name and description for project A's instance: text no response to B may contain. */
async function markInstance(context: RunContext, resource: Resource, caller: ConformanceCaller, id: string): Promise<void> {
  if (!servedVerbs(context.app, resource).has('update')) return;
  const marker = `secret-of-a-${randomBytes(6).toString('hex')}`;
  const changes: Record<string, string> = {};
  for (const name of ['name', 'description']) {
    const attribute = Object.hasOwn(resource.declaration.attributes, name) ? resource.declaration.attributes[name] : undefined;
    const schema = (attribute?.input ?? attribute?.schema) as JsonSchema | undefined;
    const fits = schema?.type === 'string' && (typeof schema.maxLength !== 'number' || schema.maxLength >= marker.length + 1);
    if (attribute?.update && fits) changes[name] = `${marker}${name.charAt(0)}`;
  }
  if (Object.keys(changes).length === 0) return;
  await context.client.request(caller, { method: 'PUT', url: `${resource.declaration.path}/${encodeURIComponent(id)}`, body: { [resource.declaration.resource]: changes } });
}
