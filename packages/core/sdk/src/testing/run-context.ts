import type { FastifyInstance } from 'fastify';
import type { InjectingClient } from './client.js';
import type { ExchangeChecks } from './exchange-checks.js';
import type { FindingCollector } from './findings.js';
import type { NormalizedConformance } from './normalize-options.js';

/** Everything the steps of a run share. */
export interface RunContext {
  options: NormalizedConformance;
  app: FastifyInstance;
  client: InjectingClient;
  findings: FindingCollector;
  checks: ExchangeChecks;
  /** Why the contract check did or did not run. */
  contractNote: string;
}
