import fc from 'fast-check';
import type { Resource } from '../../resource-kit/define-resource.js';
import type { ResourceVerb } from '../../resource-kit/register-resource.js';
import type { ConformanceCallerName, ConformanceRequest } from '../options.js';
import { bodyArbitrary } from './body-arbitrary.js';
import { listQueryArbitrary } from './query-arbitrary.js';
import type { ValuePools } from './schema-arbitrary.js';

export interface GeneratedRequest {
  caller: ConformanceCallerName;
  request: ConformanceRequest;
}

export interface GenerationPlan {
  resource: Resource;
  verbs: ReadonlySet<ResourceVerb>;
  /** The instance updates go to: project B's own. */
  ownId: string;
  pools: ValuePools;
  count: number;
  seed: number;
}

/**
 * Property-based requests for one resource: create and update bodies from its request schemas
 * and list query strings, mostly from project B, some from the admin (whose requests take
 * other paths: any project, every row).
 */
export function generatedRequests(plan: GenerationPlan): GeneratedRequest[] {
  const kinds = requestKinds(plan);
  if (kinds.length === 0) return [];
  const caller = fc.constantFrom<ConformanceCallerName>('B', 'B', 'B', 'admin');
  const arbitrary = fc.tuple(caller, fc.oneof(...kinds)).map(([name, request]) => ({ caller: name, request }));
  return fc.sample(arbitrary, { numRuns: plan.count, seed: plan.seed });
}

function requestKinds({ resource, verbs, ownId, pools }: GenerationPlan): Array<fc.WeightedArbitrary<ConformanceRequest>> {
  const { path, resource: singular } = resource.declaration;
  const json = { 'content-type': 'application/json' };
  const kinds: Array<fc.WeightedArbitrary<ConformanceRequest>> = [];
  if (verbs.has('create')) {
    const bodies = bodyArbitrary(singular, resource.schemas.createBody, pools);
    kinds.push({ weight: 3, arbitrary: bodies.map((payload) => ({ method: 'POST', url: path, payload, headers: json })) });
  }
  if (verbs.has('update')) {
    const url = `${path}/${encodeURIComponent(ownId)}`;
    const bodies = bodyArbitrary(singular, resource.schemas.updateBody, pools);
    kinds.push({ weight: 3, arbitrary: bodies.map((payload) => ({ method: 'PUT', url, payload, headers: json })) });
  }
  if (verbs.has('list')) {
    const queries = listQueryArbitrary(resource, pools);
    kinds.push({ weight: 4, arbitrary: queries.map((query) => ({ method: 'GET', url: query === '' ? path : `${path}?${query}` })) });
  }
  return kinds;
}
