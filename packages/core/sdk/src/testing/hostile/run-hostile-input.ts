import type { Resource } from '../../resource-kit/define-resource.js';
import { describeRequest } from '../describe-request.js';
import type { InstancePair } from '../isolation/instances.js';
import type { RunContext } from '../run-context.js';
import { servedVerbs } from '../served-verbs.js';
import { generatedRequests } from './generated-requests.js';
import { knownBadRequests } from './known-bad.js';

/**
 * Hostile input against every resource: the fixed known-bad requests, then generated ones, then
 * a plain list that must still answer 200. The checks on each answer (no 5xx, NeutronError
 * bodies, contract, leaks) run as the answers arrive.
 */
export async function runHostileInput(context: RunContext, instances: ReadonlyMap<string, InstancePair>): Promise<void> {
  const pools = { ids: [...instances.values()].flatMap((pair) => [pair.a.id, pair.b.id]) };
  for (const [index, resource] of context.options.resources.entries()) {
    const verbs = servedVerbs(context.app, resource);
    const pair = instances.get(resource.declaration.resource) as InstancePair;
    const { B } = context.options.callers;
    for (const request of knownBadRequests(resource, verbs, pair)) await context.client.request(B, request);
    const plan = { resource, verbs, ownId: pair.b.id, pools, count: context.options.generatedPerResource, seed: context.options.seed + index };
    for (const { caller, request } of generatedRequests(plan)) await context.client.request(context.options.callers[caller], request);
  }
  for (const resource of context.options.resources) await checkStillServing(context, resource);
}

async function checkStillServing(context: RunContext, resource: Resource): Promise<void> {
  if (!servedVerbs(context.app, resource).has('list')) return;
  const { B } = context.options.callers;
  const request = { method: 'GET', url: resource.declaration.path } as const;
  const response = await context.client.request(B, request);
  if (response.status === 200) return;
  context.findings.add({
    check: 'health',
    resource: resource.declaration.resource,
    request: describeRequest(B, request),
    message: `after the hostile input, listing ${resource.declaration.collection} answers ${response.status}, not 200: ${response.text.slice(0, 200)}`,
  });
}
