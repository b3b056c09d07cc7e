import type { FastifyInstance } from 'fastify';
import type { Resource } from '../resource-kit/define-resource.js';

/**
 * The three callers of a conformance run: two ordinary projects and an admin.
 *
 * @public
 */
export type ConformanceCallerName = 'A' | 'B' | 'admin';

/**
 * Who sends a request: `headers` turns it into the app's authentication headers.
 *
 * @public
 */
export interface ConformanceCaller {
  name: ConformanceCallerName;
  /** The caller's project id. */
  project: string;
  /** Whether the caller has the admin role (sees and may act on every project). */
  admin: boolean;
}

/**
 * One request. `body` is sent as JSON; `payload` is sent as it is, with only the headers given.
 *
 * @public
 */
export interface ConformanceRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path and query string, already encoded. */
  url: string;
  /** Sent as JSON (`Content-Type: application/json`). */
  body?: unknown;
  /** Sent as it is, for bodies that are not JSON or not valid JSON. */
  payload?: string;
  /** Added to (and overriding) the caller's authentication headers. */
  headers?: Record<string, string>;
}

/**
 * An answer as the checks and the fixtures see it.
 *
 * @public
 */
export interface ConformanceResponse {
  status: number;
  headers: Record<string, unknown>;
  /** The body as sent. */
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
}

/**
 * How fixtures talk to the app; every response they get is checked like the suite's own.
 *
 * @public
 */
export interface ConformanceClient {
  /** Sends a request as `caller` (with its authentication headers). */
  request(caller: ConformanceCaller, request: ConformanceRequest): Promise<ConformanceResponse>;
  /** POSTs `{"<resource>": attributes}` to the resource's path and returns the new id; throws, quoting the answer, unless it is a 201. */
  create(caller: ConformanceCaller, resource: Resource, attributes?: Record<string, unknown>): Promise<string>;
}

/**
 * Creates one valid instance of a resource as `caller` (creating its parents first) and returns its id.
 *
 * @public
 */
export type ConformanceFixture = (client: ConformanceClient, caller: ConformanceCaller) => Promise<string>;

/**
 * What a service's tests hand the conformance suite.
 *
 * @public
 */
export interface ConformanceOptions {
  /** Names the run in test titles and the summary line. */
  name: string;
  /** Builds the app under test; the suite calls it once per run and closes what it returns. */
  app: () => Promise<FastifyInstance> | FastifyInstance;
  /** The resources the service declares; each is checked on the verbs the app serves for it. */
  resources: readonly Resource[];
  /** One per resource, by singular name; fixtures of other resources (a core `network`) may be added for references. */
  fixtures: Record<string, ConformanceFixture>;
  /** The authentication headers of a caller; default the server's `noauth`: `X-Project-Id`, plus `X-Roles: admin` for the admin. */
  headers?: (caller: ConformanceCaller) => Record<string, string>;
  /**
   * Where the app serves its OpenAPI document; default `/v2.0/openapi.json`. A document that is not
   * served there is a contract finding; `false` says the app serves none, and the contract is not checked.
   */
  openapiUrl?: string | false;
  /** At least 10,000 requests instead of a few hundred per resource; also `SWITCHYARD_CONFORMANCE=long`. */
  long?: boolean;
  /** Project ids of the callers (when the app's authentication fixes them); default fresh ids per run. */
  projects?: Partial<Record<ConformanceCallerName, string>>;
  /** Replays a run's generated input; default random, or `SWITCHYARD_CONFORMANCE_SEED`. The summary prints it. */
  seed?: number;
}
