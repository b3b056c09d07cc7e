/**
 * What a finding is about:
 * - `isolation`: a project saw, changed or referenced another project's resource, or the admin could not see it;
 * - `leak`: a response to project B held a value of project A's resources that B did not send;
 * - `server-error`: a 5xx answer; `error-body`: a 4xx without a NeutronError body;
 * - `health`: a list no longer answered 200 after the hostile input;
 * - `contract`: a response broke the schema the OpenAPI document gives for it;
 * - `bulk-create`: a bulk create (`{"<collection>": [...]}`) did not create every item, or left some behind when refused, or never answered.
 *
 * @public
 */
export type ConformanceCheck = 'isolation' | 'leak' | 'server-error' | 'error-body' | 'health' | 'contract' | 'bulk-create';

/**
 * One thing the suite found wrong, with the request that shows it.
 *
 * @public
 */
export interface ConformanceFinding {
  check: ConformanceCheck;
  /** The resource (singular name) being exercised, when there is one. */
  resource?: string;
  /** The request that showed it, as sent: `PUT /v2.0/shelves/<id> as B {"shelf":...}`. */
  request: string;
  /** What is wrong, naming the operation and what was expected. */
  message: string;
  /** How many more requests showed the same finding (same check, operation and cause). */
  repeats: number;
}

/**
 * What a run found, as `runConformance` returns it.
 *
 * @public
 */
export interface ConformanceReport {
  /** The run's name, from the options. */
  name: string;
  /** `long` with the option or `SWITCHYARD_CONFORMANCE=long`. */
  mode: 'quick' | 'long';
  /** The seed of the generated input; pass it back (`seed`, or `SWITCHYARD_CONFORMANCE_SEED`) to replay the run. */
  seed: number;
  /** Requests sent, fixtures' included. */
  requests: number;
  /** Responses with a 5xx status (every occurrence, repeats included). */
  serverErrors: number;
  /** Responses that told project B something of project A's (every occurrence). */
  leaks: number;
  /** Whether responses were validated against the app's OpenAPI document, and if not, why. */
  contract: { checked: boolean; note: string };
  /** Every finding, each once with its number of repeats; empty when the service conforms. */
  findings: readonly ConformanceFinding[];
  /** One line: the counts above, for the test output. */
  summary: string;
}
