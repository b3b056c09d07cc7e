import { joinPathFragments, readJson, type Tree } from '@nx/devkit';
import type { TargetRun, TargetRunner } from '../../../lib/target-runner.js';
import { readBlueprintCriteria } from './check-graduation.js';
import { GRADUATION_TEST_TARGETS } from './check-tests.js';
import type { NormalizedPromoteOptions } from './normalize-options.js';

/** What promote learned by running things, which the Tree alone cannot tell; read by checkGraduation. */
export interface GraduationEvidence {
  /** The `tests` targets' runs, when the criterion applies. */
  testRuns?: TargetRun[];
  /** The `bench` target's run, when a criterion bounds one of its figures. */
  benchRun?: TargetRun;
}

/** What promote runs outside the Tree; the real ones by default, fakes in unit tests. */
export interface PromoteDependencies {
  runTarget: TargetRunner;
}

/**
 * Runs what the criteria that apply to the preview need, before any rule is checked, so one
 * refusal lists everything. Nothing runs when the preview or its criteria cannot be read: the
 * rules then report why, and running its tests would tell nothing more.
 */
export async function gatherEvidence(tree: Tree, options: NormalizedPromoteOptions, dependencies: PromoteDependencies): Promise<GraduationEvidence> {
  const packageJsonPath = joinPathFragments(options.previewRoot, 'package.json');
  if (!tree.exists(packageJsonPath)) return {};
  const blueprint = readJson<{ switchyard?: { blueprint?: unknown } }>(tree, packageJsonPath).switchyard?.blueprint;
  if (typeof blueprint !== 'string') return {};
  const read = readBlueprintCriteria(tree, blueprint);
  if (read === undefined || 'failure' in read) return {};
  const evidence: GraduationEvidence = {};
  if (options.graduation.tests === true || read.criteria.tests === true) {
    evidence.testRuns = [];
    // One at a time: the package's targets share its build, and two Nx runs would race for it.
    for (const target of GRADUATION_TEST_TARGETS) evidence.testRuns.push(await dependencies.runTarget(tree.root, options.packageName, target));
  }
  const bounded = Object.keys(options.graduation.benchmarks ?? {}).length + Object.keys(read.criteria.benchmarks ?? {}).length;
  // Never cached in spirit: a bench measures this machine now; Nx replays it only if its target says so.
  if (bounded > 0) evidence.benchRun = await dependencies.runTarget(tree.root, options.packageName, 'bench');
  return evidence;
}
