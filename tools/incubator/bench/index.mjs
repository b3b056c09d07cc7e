/**
 * The incubator benchmarks in one run (root script `bench:incubator`):
 *   (a) the lifecycle policy check vs ESLint's @nx/enforce-module-boundaries on a synthetic
 *       1,000-project workspace (policy-vs-eslint.mjs), and
 *   (b) `promote` vs a bare `nx g @nx/workspace:move` of the same preview (promote-vs-move.mjs),
 * then one side-by-side table. Every command is bounded by a timeout; the policy CLI must be
 * built first (the root script does it). Options of both scripts pass through.
 */
import { benchPolicyVsEslint, policyRows, printTable } from './policy-vs-eslint.mjs';
import { benchPromoteVsMove, promoteRows } from './promote-vs-move.mjs';

const started = process.hrtime.bigint();
console.log('(a) policy check vs ESLint');
const policy = benchPolicyVsEslint();
console.log('(b) promote vs move');
const promote = benchPromoteVsMove();
console.log('');
printTable([...policyRows(policy), ['', '', '', ''], ...promoteRows(promote)].map((row) => row.slice(0, 4)));
console.log(`\nTargets: check >= 20x faster than ESLint; promote <= 1.5x a bare move. Benchmark took ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(0)} s.`);
