/**
 * One graduation criterion as promote judged it: what is required and by whom, what it read or
 * ran, and the sentences of its refusal. The refusal, the stabilization report and the lifecycle
 * board are all made of these, so they never disagree.
 */
export interface CriterionResult {
  /** As a blueprint names it: `tests`, `api_soak_cycles`, `benchmarks.evaluate_p99_ms`. */
  criterion: string;
  /** What must hold, and who requires it. */
  required: string;
  /** What promote read or ran. */
  evidence: string;
  /** `unknown`: its evidence was not gathered (the board runs targets only with --verify). */
  status: 'met' | 'unmet' | 'unknown';
  /** One sentence per failure, each with its fix; empty unless unmet. */
  failures: string[];
}

export function judged(criterion: string, required: string, evidence: string, failures: string[]): CriterionResult {
  return { criterion, required, evidence, status: failures.length === 0 ? 'met' : 'unmet', failures };
}

export function notGathered(criterion: string, required: string, evidence: string): CriterionResult {
  return { criterion, required, evidence, status: 'unknown', failures: [] };
}
