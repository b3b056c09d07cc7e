import type { FastifyInstance } from 'fastify';
import { buildReport } from './build-report.js';
import { checkBulkCreate } from './bulk/check-bulk-create.js';
import { InjectingClient } from './client.js';
import { loadContract } from './contract/load-contract.js';
import { ExchangeChecks } from './exchange-checks.js';
import { FindingCollector } from './findings.js';
import { runHostileInput } from './hostile/run-hostile-input.js';
import { checkIsolation } from './isolation/check-isolation.js';
import { createInstances } from './isolation/instances.js';
import { collectSecrets } from './isolation/secrets.js';
import { type NormalizedConformance, normalizeOptions } from './normalize-options.js';
import type { ConformanceOptions } from './options.js';
import type { ConformanceReport } from './report.js';
import type { RunContext } from './run-context.js';

/**
 * Runs the conformance suite against one app and returns what it found (it throws only when
 * the options or a fixture are unusable). `describeConformance` wraps it in vitest tests.
 *
 * @public
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const normalized = normalizeOptions(options);
  const app = await options.app();
  try {
    await app.ready();
    const context = startRun(app, normalized);
    context.contractNote = await loadContract(context);
    const instances = await createInstances(context);
    context.checks.leaks.arm(await collectSecrets(context, instances));
    await checkIsolation(context, instances);
    await runHostileInput(context, instances);
    // Last: a bulk create that never answers leaves the app unable to serve anything else.
    await checkBulkCreate(context, instances);
    return buildReport(context);
  } finally {
    await app.close();
  }
}

function startRun(app: FastifyInstance, options: NormalizedConformance): RunContext {
  const findings = new FindingCollector();
  const checks = new ExchangeChecks(options.resources, findings);
  const client = new InjectingClient(app, options.headers, (exchange) => checks.observe(exchange));
  return { options, app, client, findings, checks, contractNote: '' };
}
