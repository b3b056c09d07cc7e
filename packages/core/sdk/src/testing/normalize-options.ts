import { randomBytes, randomInt } from 'node:crypto';
import type { Resource } from '../resource-kit/define-resource.js';
import type { ConformanceCaller, ConformanceCallerName, ConformanceFixture, ConformanceOptions } from './options.js';

/** Long runs send at least this many requests per service. */
export const LONG_RUN_REQUESTS = 10_000;
/** Generated requests per resource in a quick run (the fixed hostile inputs and the isolation matrix come on top). */
export const QUICK_GENERATED_PER_RESOURCE = 140;

export const DEFAULT_OPENAPI_URL = '/v2.0/openapi.json';

export interface NormalizedConformance {
  name: string;
  resources: readonly Resource[];
  fixtures: Record<string, ConformanceFixture>;
  headers: (caller: ConformanceCaller) => Record<string, string>;
  openapiUrl: string | false;
  mode: 'quick' | 'long';
  seed: number;
  /** Generated hostile requests per resource (creates, updates and lists together). */
  generatedPerResource: number;
  callers: Record<ConformanceCallerName, ConformanceCaller>;
}

/** Checks the options once and settles every default, so the steps only read the result. */
export function normalizeOptions(options: ConformanceOptions, env: NodeJS.ProcessEnv = process.env): NormalizedConformance {
  checkResources(options);
  const mode = options.long === true || env.SWITCHYARD_CONFORMANCE === 'long' ? 'long' : 'quick';
  return {
    name: options.name,
    resources: options.resources,
    fixtures: options.fixtures,
    headers: options.headers ?? noauthHeaders,
    openapiUrl: options.openapiUrl ?? DEFAULT_OPENAPI_URL,
    mode,
    seed: options.seed ?? seedFrom(env.SWITCHYARD_CONFORMANCE_SEED),
    generatedPerResource: mode === 'long' ? Math.ceil(LONG_RUN_REQUESTS / options.resources.length) : QUICK_GENERATED_PER_RESOURCE,
    callers: callersOf(options.projects ?? {}),
  };
}

/** The server's `noauth` strategy: the project from `X-Project-Id`, roles from `X-Roles`. */
export function noauthHeaders(caller: ConformanceCaller): Record<string, string> {
  return { 'x-project-id': caller.project, ...(caller.admin ? { 'x-roles': 'admin' } : {}) };
}

function checkResources(options: ConformanceOptions): void {
  if (options.resources.length === 0) throw new TypeError(`Conformance suite ${JSON.stringify(options.name)}: give it at least one resource.`);
  const seen = new Set<string>();
  for (const resource of options.resources) {
    const name = resource.declaration.resource;
    if (seen.has(name)) throw new TypeError(`Conformance suite ${JSON.stringify(options.name)}: resource ${name} is listed twice.`);
    seen.add(name);
    if (!Object.hasOwn(options.fixtures, name)) {
      throw new TypeError(
        `Conformance suite ${JSON.stringify(options.name)} has no fixture for ${name}: add fixtures.${name}, a function (client, caller) that creates one and returns its id.`,
      );
    }
  }
}

function seedFrom(text: string | undefined): number {
  if (text === undefined || text === '') return randomInt(2 ** 31 - 1);
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) throw new TypeError(`SWITCHYARD_CONFORMANCE_SEED must be an integer (a seed printed by an earlier run), not ${JSON.stringify(text)}.`);
  return seed;
}

function callersOf(projects: Partial<Record<ConformanceCallerName, string>>): Record<ConformanceCallerName, ConformanceCaller> {
  // Fresh, distinctive project ids: a leak of project A's id cannot be a coincidence.
  const run = randomBytes(4).toString('hex');
  return {
    A: { name: 'A', project: projects.A ?? `conformance-a-${run}`, admin: false },
    B: { name: 'B', project: projects.B ?? `conformance-b-${run}`, admin: false },
    admin: { name: 'admin', project: projects.admin ?? `conformance-admin-${run}`, admin: true },
  };
}
