import type { ConformanceReport } from './report.js';
import type { RunContext } from './run-context.js';

/** The run's findings and counts, with the one-line summary the test output shows. */
export function buildReport(context: RunContext): ConformanceReport {
  const { findings, options } = context;
  const counts = {
    requests: context.client.requests,
    serverErrors: findings.count('server-error'),
    leaks: findings.count('leak'),
  };
  const isolation = findings.count('isolation');
  const contract = findings.count('contract');
  const bulk = findings.count('bulk-create');
  const others = findings.count('error-body') + findings.count('health');
  const summary =
    `conformance ${options.name} (${options.mode}, seed ${options.seed}): ${counts.requests} requests, ${counts.serverErrors} 5xx, ` +
    `${counts.leaks} leaks, ${isolation} isolation, ${contract} contract, ${bulk} bulk-create and ${others} other findings; contract ${context.contractNote}`;
  return {
    name: options.name,
    mode: options.mode,
    seed: options.seed,
    ...counts,
    contract: { checked: context.checks.contract !== undefined, note: context.contractNote },
    findings: findings.list(),
    summary,
  };
}
