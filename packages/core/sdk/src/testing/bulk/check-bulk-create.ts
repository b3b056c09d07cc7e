import type { Resource } from '../../resource-kit/define-resource.js';
import { describeRequest } from '../describe-request.js';
import { deriveCreateAttributes } from '../isolation/derive-attributes.js';
import type { InstancePair } from '../isolation/instances.js';
import { idsOf, visibleIds } from '../isolation/resource-requests.js';
import type { ConformanceRequest, ConformanceResponse } from '../options.js';
import type { RunContext } from '../run-context.js';
import { servedVerbs } from '../served-verbs.js';

/** Far more than two creates take; a bulk create that has not answered by then waits for a lock it holds itself. */
const BULK_ANSWER_LIMIT_MS = 15_000;

/**
 * Neutron's bulk create on every resource the app creates and lists: project B sends two valid
 * items (`{"<collection>": [item, item]}`) and must get both, in order, each in its list; or a 4xx
 * with neither created. Stops at a bulk create that does not answer at all (a service that
 * declares `nativeBulk` but uses its own database handle waits on SQLite's one connection forever):
 * the app cannot serve another request after it.
 */
export async function checkBulkCreate(context: RunContext, instances: ReadonlyMap<string, InstancePair>): Promise<void> {
  for (const resource of context.options.resources) {
    const verbs = servedVerbs(context.app, resource);
    if (!verbs.has('create') || !verbs.has('list')) continue;
    const pair = instances.get(resource.declaration.resource) as InstancePair;
    if (!(await checkBulkOfTwo(context, resource, pair))) return;
  }
}

/** False when the bulk create never answered. */
async function checkBulkOfTwo(context: RunContext, resource: Resource, pair: InstancePair): Promise<boolean> {
  const { B } = context.options.callers;
  const { path, collection, resource: singular } = resource.declaration;
  const item = deriveCreateAttributes(resource, pair.b.shown);
  const request: ConformanceRequest = { method: 'POST', url: path, body: { [collection]: [item, item] } };
  const described = describeRequest(B, request);
  const before = await visibleIds(context, B, resource);
  const response = await answerWithin(context.client.request(B, request), BULK_ANSWER_LIMIT_MS);
  if (response === undefined) {
    addBulkFinding(
      context,
      singular,
      described,
      `a bulk create of two did not answer within ${BULK_ANSWER_LIMIT_MS / 1000} s: a service that declares nativeBulk must read and write only ` +
        'through operation.db and operation.store (transactions through inTransaction); the rest of the run was skipped',
    );
    return false;
  }
  const after = await visibleIds(context, B, resource);
  const added = before && after ? [...after].filter((id) => !before.has(id)) : [];
  if (response.status === 201) checkCreatedTwo(context, resource, described, response, added);
  else if (added.length > 0) addBulkFinding(context, singular, described, `a refused bulk create (${response.status}) left ${added.join(', ')} behind; expected neither item created`);
  return true;
}

function checkCreatedTwo(context: RunContext, resource: Resource, described: string, response: ConformanceResponse, added: readonly string[]): void {
  const { collection, resource: singular } = resource.declaration;
  const answered = idsOf(response, resource);
  if (answered.length !== 2) {
    addBulkFinding(context, singular, described, `a bulk create of two answered 201 with ${answered.length} ${collection}; expected {"${collection}": [...]} holding both`);
  } else if (answered.some((id) => !added.includes(id)) || added.length !== 2) {
    addBulkFinding(context, singular, described, `a bulk create of two answered ${answered.join(', ')} but the list gained ${added.join(', ') || 'nothing'}`);
  }
}

function answerWithin<T>(answer: Promise<T>, milliseconds: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), milliseconds);
  });
  return Promise.race([answer, expired]).finally(() => clearTimeout(timer));
}

function addBulkFinding(context: RunContext, resource: string, request: string, message: string): void {
  context.findings.add({ check: 'bulk-create', resource, request, message });
}
