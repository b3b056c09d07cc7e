import type { ConformanceCheck, ConformanceFinding } from './report.js';

export interface NewFinding {
  check: ConformanceCheck;
  resource?: string;
  request: string;
  message: string;
  /** Findings with the same key are one finding seen again (counted in `repeats`); default the message. */
  key?: string;
}

/**
 * Collects findings; a systematic bug hit by a thousand generated requests is one finding with its
 * count, shown with the first request that hit it, so the report stays readable.
 */
export class FindingCollector {
  readonly #findings = new Map<string, ConformanceFinding>();
  readonly #counts = new Map<ConformanceCheck, number>();

  add(finding: NewFinding): void {
    const { key, ...shown } = finding;
    const identity = `${finding.check}\u0000${finding.resource ?? ''}\u0000${key ?? finding.message}`;
    this.#counts.set(finding.check, this.count(finding.check) + 1);
    const seen = this.#findings.get(identity);
    if (seen) seen.repeats += 1;
    else this.#findings.set(identity, { ...shown, repeats: 0 });
  }

  /** Every occurrence, repeats included. */
  count(check: ConformanceCheck): number {
    return this.#counts.get(check) ?? 0;
  }

  list(): ConformanceFinding[] {
    return [...this.#findings.values()];
  }
}
