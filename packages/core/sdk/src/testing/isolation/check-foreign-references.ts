import { isDeepStrictEqual } from 'node:util';
import type { Resource, ResourceReference } from '../../resource-kit/define-resource.js';
import type { ResourceVerb } from '../../resource-kit/register-resource.js';
import { referencedIds } from '../../resource-kit/references.js';
import type { JsonSchema } from '../../service-plugin.js';
import { exampleValue } from '../example-value.js';
import { inputSchemaOf, typesOf } from '../names.js';
import type { ConformanceRequest } from '../options.js';
import type { RunContext } from '../run-context.js';
import { deriveCreateAttributes } from './derive-attributes.js';
import { addIsolationFinding, expectRefusal, referenceRefusal } from './expect-refusal.js';
import { type InstancePair, runFixture } from './instances.js';
import { showRequest, shownOf, visibleIds } from './resource-requests.js';

/**
 * Every reference attribute, pointed by project B at project A's instance of the referenced
 * resource, on create and on update: a 404 naming the referenced resource (or the refusal the
 * reference declares), and nothing created or changed.
 */
export async function checkForeignReferences(
  context: RunContext,
  resource: Resource,
  instances: ReadonlyMap<string, InstancePair>,
  verbs: ReadonlySet<ResourceVerb>,
): Promise<void> {
  const pair = instances.get(resource.declaration.resource) as InstancePair;
  for (const reference of resource.references) {
    const target = await foreignTarget(context, reference, pair, instances);
    if (target === undefined) {
      addIsolationFinding(
        context,
        resource.declaration.resource,
        '(no request)',
        `cannot check ${resource.declaration.resource}.${reference.attribute}: project A's ${resource.declaration.resource} references no ${reference.resource} and no fixture creates one; add fixtures.${reference.resource}`,
      );
      continue;
    }
    const foreign = { id: target, value: foreignValue(resource, reference, pair.b.shown[reference.attribute], target) };
    const declaration = resource.declaration.attributes[reference.attribute];
    if (verbs.has('create') && declaration.create) await refuseForeignOnCreate(context, resource, reference, pair, foreign);
    if (verbs.has('update') && declaration.update) await refuseForeignOnUpdate(context, resource, reference, pair, foreign);
  }
}

/** Project A's instance of the referenced resource: the one A's own instance references, else A's declared instance, else a fixture's. */
async function foreignTarget(context: RunContext, reference: ResourceReference, pair: InstancePair, instances: ReadonlyMap<string, InstancePair>): Promise<string | undefined> {
  const [referenced] = referencedIds(pair.a.shown[reference.attribute], reference.at);
  if (referenced !== undefined) return referenced;
  const declared = instances.get(reference.resource);
  if (declared !== undefined) return declared.a.id;
  if (!Object.hasOwn(context.options.fixtures, reference.resource)) return undefined;
  return runFixture(context, reference.resource, context.options.callers.A);
}

/** The attribute's value holding `target`, shaped like B's own value (one id, a list of ids, or a list of objects with the id under `at`). */
function foreignValue(resource: Resource, reference: ResourceReference, own: unknown, target: string): unknown {
  const schema = inputSchemaOf(resource.declaration.attributes[reference.attribute]);
  if (reference.at !== undefined) return [{ ...itemLike(own, schema), [reference.at]: target }];
  const listed = Array.isArray(own) || typesOf(schema)?.includes('array');
  return listed ? [target] : target;
}

/** B's own first item, else a valid example item, so that only the referenced id is wrong. */
function itemLike(own: unknown, schema: JsonSchema): object {
  const first: unknown = Array.isArray(own) ? own[0] : undefined;
  if (typeof first === 'object' && first !== null) return first;
  const example = exampleValue((schema.items ?? {}) as JsonSchema);
  return typeof example === 'object' && example !== null ? example : {};
}

/** Project A's instance as the referenced id, and the attribute value that holds it. */
interface ForeignReference {
  id: string;
  value: unknown;
}

/** Refused alone and as the second item of a bulk create (`{"<collection>": [own, foreign]}`), which then creates neither. */
async function refuseForeignOnCreate(context: RunContext, resource: Resource, reference: ResourceReference, pair: InstancePair, foreign: ForeignReference): Promise<void> {
  const { B, admin } = context.options.callers;
  const { path, resource: singular, collection } = resource.declaration;
  const own = deriveCreateAttributes(resource, pair.b.shown);
  const attributes = { ...own, [reference.attribute]: foreign.value };
  const expected = referenceRefusal(reference, foreign.id, attributes);
  const bodies: Array<[string, unknown]> = [
    [`project B creating a ${singular} whose ${reference.attribute} is project A's ${reference.resource}`, { [singular]: attributes }],
    [`project B bulk-creating its own ${singular} and one whose ${reference.attribute} is project A's ${reference.resource}`, { [collection]: [own, attributes] }],
  ];
  for (const [what, body] of bodies) {
    const before = await visibleIds(context, admin, resource);
    await expectRefusal(context, { resource: singular, what, expected }, B, { method: 'POST', url: path, body });
    const after = await visibleIds(context, admin, resource);
    const created = before && after ? [...after].filter((id) => !before.has(id)) : [];
    if (created.length > 0) addIsolationFinding(context, singular, `POST ${path} as B`, `${what} created ${created.join(', ')}; expected nothing created`);
  }
}

async function refuseForeignOnUpdate(context: RunContext, resource: Resource, reference: ResourceReference, pair: InstancePair, foreign: ForeignReference): Promise<void> {
  const { B } = context.options.callers;
  const { path, resource: singular } = resource.declaration;
  const before = shownOf(await showRequest(context, B, resource, pair.b.id), resource);
  const request: ConformanceRequest = { method: 'PUT', url: `${path}/${encodeURIComponent(pair.b.id)}`, body: { [singular]: { [reference.attribute]: foreign.value } } };
  const what = `project B pointing its ${singular}'s ${reference.attribute} at project A's ${reference.resource}`;
  const expected = referenceRefusal(reference, foreign.id, { ...before, [reference.attribute]: foreign.value });
  await expectRefusal(context, { resource: singular, what, expected }, B, request);
  const after = shownOf(await showRequest(context, B, resource, pair.b.id), resource);
  if (!isDeepStrictEqual(before, after)) {
    addIsolationFinding(context, singular, `PUT ${request.url} as B`, `${what} changed it: now ${JSON.stringify(after)}, was ${JSON.stringify(before)}`);
  }
}
