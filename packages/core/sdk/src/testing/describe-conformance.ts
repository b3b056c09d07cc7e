import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConformanceOptions } from './options.js';
import type { ConformanceCheck, ConformanceFinding, ConformanceReport } from './report.js';
import { runConformance } from './run-conformance.js';
import { normalizeOptions } from './normalize-options.js';

const QUICK_TIMEOUT = 120_000;
const LONG_TIMEOUT = 1_800_000;

/**
 * The conformance suite as vitest tests: one run (in `beforeAll`), then one test per property,
 * each failing with the list of its findings. Prints the run's one-line summary.
 *
 * @public
 */
export function describeConformance(options: ConformanceOptions): void {
  const normalized = normalizeOptions(options);
  const timeout = normalized.mode === 'long' ? LONG_TIMEOUT : QUICK_TIMEOUT;
  describe(`conformance: ${options.name}`, () => {
    let report: ConformanceReport | undefined;
    beforeAll(async () => {
      report = await runConformance(options);
    }, timeout);
    afterAll(() => {
      if (report) console.log(report.summary);
    });
    const findingsOf = (...checks: ConformanceCheck[]) => formatFindings((report?.findings ?? []).filter((finding) => checks.includes(finding.check)));
    it('isolation: a project never shows, changes, deletes or references another project’s resources; the admin sees them', () => {
      expect(findingsOf('isolation')).toEqual([]);
    });
    it('no leaks: nothing project B is told holds project A’s ids, names or values', () => {
      expect(findingsOf('leak')).toEqual([]);
    });
    it('hostile input: no 5xx, every 4xx a NeutronError, still serving afterwards', () => {
      expect(findingsOf('server-error', 'error-body', 'health')).toEqual([]);
    });
    it('bulk create: every item of {"<collection>": [...]} created and answered, or none', () => {
      expect(findingsOf('bulk-create')).toEqual([]);
    });
    // An app that serves no document (openapiUrl: false) has no contract to hold to.
    if (normalized.openapiUrl !== false) {
      it('contract: every JSON response matches the OpenAPI document', () => {
        expect(findingsOf('contract')).toEqual([]);
      });
    }
  });
}

/** One line per finding: what, where, and the request to replay it. */
export function formatFindings(findings: readonly ConformanceFinding[]): string[] {
  return findings.map((finding) => {
    const repeats = finding.repeats > 0 ? ` (and ${finding.repeats} more like it)` : '';
    return `${finding.resource ?? '-'}: ${finding.message}${repeats} <- ${finding.request}`;
  });
}
