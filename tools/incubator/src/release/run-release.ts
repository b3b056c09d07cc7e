import { formatReleasePlan } from './format-release-plan.js';
import { formatPreviewRefusal, previewsLeavingZero } from './preview-guard.js';
import { PUBLIC_FLAG, describeTargets, formatPublicRefusal, isPublicRegistry, normalizeRegistry, publishTarget } from './registry-target.js';
import type { ReleasePackage, ReleasePlan } from './release-plan.js';
import { type CommandStep, type ReleaseStep, type ReleaseWork, SERVER_PACKAGE, describeStep, releaseSteps } from './release-steps.js';
import { type PendingDeprecation, type RetiredEntry, pendingDeprecations } from './retired-deprecations.js';

export const USAGE = `Usage: npm run release [-- [--dry-run] [--public] [--deprecate-only]]

Releases every package with pending changesets, each on its own version:
policy check, open the next release cycle, changeset version (and the lockfile), copy each
released package's API files into api/released/ (its history.json gains the release and its API
changes), build the publishable packages,
changeset publish to the registry npm config gives, then npm deprecate for each package
retired.json records that is not deprecated on that registry yet (recorded there once done).
With no changesets, it only publishes versions the registry does not have yet; with nothing to
publish or deprecate, it stops: nothing to release.
  --dry-run         print the plan and the steps and run the checks (policy check, preview
                    versions, target registry); write nothing
  --public          allow writing to the public npm registry (refused without it; a dry run
                    only warns)
  --deprecate-only  only the npm deprecate step (e.g. after a release that stopped before it)
  --help            print this text`;

const OPTIONS = new Set(['--dry-run', PUBLIC_FLAG, '--deprecate-only', '--help']);

/** Everything the release touches outside itself, so tests can run it against fakes. */
export interface ReleaseIo {
  readPlan: () => Promise<ReleasePlan>;
  readPackages: () => Promise<ReleasePackage[]>;
  currentCycle: () => number;
  registry: () => string;
  /** The versions of a package on a registry (none when it has never been published there). */
  publishedVersions: (name: string, registry: string) => string[];
  readRetired: () => RetiredEntry[];
  recordDeprecation: (deprecation: PendingDeprecation) => void;
  /** Runs a command in the workspace root; returns its exit code. */
  run: (step: CommandStep) => number;
  /** Copies API baselines of the packages whose version changed between the two readings. */
  copyApiBaselines: (before: ReleasePackage[], after: ReleasePackage[]) => string[];
  /** One line on where the previews stand (the lifecycle board's summary). */
  lifecycleSummary: () => string;
  write: (text: string) => void;
  writeError: (text: string) => void;
}

/** A version the registry does not have: `changeset publish` publishes it even without a changeset. */
interface UnpublishedVersion {
  name: string;
  version: string;
  registry: string;
}

/** Runs the release (or prints its plan and runs its checks); returns the exit code. */
export async function runRelease(argv: readonly string[], io: ReleaseIo): Promise<number> {
  const unknown = argv.filter((arg) => !OPTIONS.has(arg));
  if (unknown.length > 0) {
    io.writeError(`Unknown option ${JSON.stringify(unknown[0])}.\n\n${USAGE}\n`);
    return 1;
  }
  if (argv.includes('--help')) {
    io.write(`${USAGE}\n`);
    return 0;
  }
  const dryRun = argv.includes('--dry-run');
  const deprecateOnly = argv.includes('--deprecate-only');
  const registry = normalizeRegistry(io.registry());
  // --deprecate-only reads retired.json alone: it runs where only that file is known.
  const before = deprecateOnly ? [] : await io.readPackages();
  const publishable = before.filter((pkg) => !pkg.private);
  const plan: ReleasePlan = deprecateOnly ? { rows: [], changesets: 0 } : await io.readPlan();
  const unpublished = deprecateOnly ? [] : unpublishedVersions(publishable, registry, io);
  const deprecations = pendingDeprecations(io.readRetired(), registry, (name) => io.publishedVersions(name, registry));
  const work: ReleaseWork = { policyCheck: !deprecateOnly, versions: plan.changesets > 0, publish: plan.rows.length > 0 || unpublished.length > 0, deprecations };

  if (!work.versions && !work.publish && deprecations.length === 0) {
    io.write(
      deprecateOnly
        ? `Nothing to deprecate: every package retired.json records is deprecated on ${registry} already.\n`
        : `Nothing to release: no pending changesets, every publishable version is already on ${registry}, and no retired package awaits npm deprecate there.\n`,
    );
    return 0;
  }
  const targets = targetsOf(work, publishable, registry);
  io.write(`${describeTargets(targets)}\n${deprecateOnly ? '' : `Release plan\n\n${formatReleasePlan(plan.rows)}\n`}${describeExtraWork(plan, unpublished, deprecations)}`);
  if (!deprecateOnly) io.write(`\n${io.lifecycleSummary()}`);
  const previewRefusal = refusePreviewVersions(plan);
  if (previewRefusal !== undefined) {
    io.writeError(previewRefusal);
    return 1;
  }
  const publicRefusal = refusePublicRegistry([...targets.keys()], argv.includes(PUBLIC_FLAG));
  // A dry run writes nothing, so it only warns: the maintainer sees the plan before choosing the flag.
  if (publicRefusal !== undefined && !dryRun) {
    io.writeError(publicRefusal);
    return 1;
  }
  if (publicRefusal !== undefined) io.writeError(`Note for the real release: ${publicRefusal}`);
  const steps = releaseSteps({
    // Read only when a cycle opens: --deprecate-only needs no nx.json.
    nextCycle: work.versions ? io.currentCycle() + 1 : 0,
    publishable: publishable.map((pkg) => pkg.name),
    registry,
    releasesServer: plan.rows.some((row) => row.packageName === SERVER_PACKAGE),
    work,
  });
  return dryRun ? dryRunChecks(steps, io) : runSteps(steps, before, io);
}

function unpublishedVersions(publishable: readonly ReleasePackage[], registry: string, io: ReleaseIo): UnpublishedVersion[] {
  return publishable
    .map((pkg) => ({ name: pkg.name, version: pkg.version, registry: publishTarget(pkg, registry) }))
    .filter((candidate) => !io.publishedVersions(candidate.name, candidate.registry).includes(candidate.version));
}

/** Each registry the release writes to, with what goes there. */
function targetsOf(work: ReleaseWork, publishable: readonly ReleasePackage[], registry: string): Map<string, string[]> {
  const targets = new Map<string, string[]>();
  const add = (target: string, what: string) => targets.set(target, [...(targets.get(target) ?? []), what]);
  if (work.publish) for (const pkg of publishable) add(publishTarget(pkg, registry), `publish ${pkg.name}`);
  if (work.deprecations.length > 0) add(registry, `npm deprecate ${work.deprecations.map((entry) => entry.packageName).join(', ')}`);
  return targets;
}

function describeExtraWork(plan: ReleasePlan, unpublished: readonly UnpublishedVersion[], deprecations: readonly PendingDeprecation[]): string {
  const planned = new Set(plan.rows.map((row) => row.packageName));
  const extra = unpublished.filter((entry) => !planned.has(entry.name));
  const lines: string[] = [];
  if (extra.length > 0) {
    lines.push(`Not on the registry yet, so changeset publish publishes them too:\n${extra.map((entry) => `  ${entry.name}@${entry.version} (${entry.registry})`).join('\n')}`);
  }
  if (deprecations.length > 0) {
    lines.push(`Retired (retired.json), not deprecated there yet:\n${deprecations.map((entry) => `  ${entry.packageName}@${entry.range}: ${entry.versions.length > 0 ? entry.versions.join(', ') : 'no version published'}`).join('\n')}`);
  }
  return lines.length > 0 ? `${lines.join('\n\n')}\n\n` : '';
}

/** The refusal both the release and its dry run make before running anything. */
function refusePreviewVersions(plan: ReleasePlan): string | undefined {
  const leavingZero = previewsLeavingZero(plan.rows);
  return leavingZero.length > 0 ? formatPreviewRefusal(leavingZero) : undefined;
}

function refusePublicRegistry(targets: readonly string[], allowPublic: boolean): string | undefined {
  const publicTargets = targets.filter(isPublicRegistry);
  return publicTargets.length > 0 && !allowPublic ? formatPublicRefusal(publicTargets) : undefined;
}

/** The dry run prints the steps and runs the checks that need no write: the policy check. */
function dryRunChecks(steps: readonly ReleaseStep[], io: ReleaseIo): number {
  io.write(`Dry run: nothing is written. \`npm run release\` would run:\n${steps.map((step, index) => `  ${index + 1}. ${describeStep(step)}`).join('\n')}\n`);
  const check = steps.find((step): step is CommandStep => step.kind === 'command' && step.title === 'policy check');
  if (check === undefined) return 0;
  io.write(`\nDry run: running the policy check (${describeStep(check)})\n`);
  const code = io.run(check);
  if (code !== 0) {
    io.writeError(`\nDry run: the policy check failed (exit ${code}); npm run release would stop at step 1. Fix what it reports first.\n`);
    return code;
  }
  io.write('\nDry run: every check passed.\n');
  return 0;
}

async function runSteps(steps: readonly ReleaseStep[], before: ReleasePackage[], io: ReleaseIo): Promise<number> {
  for (const [index, step] of steps.entries()) {
    io.write(`\n[${index + 1}/${steps.length}] ${describeStep(step)}\n`);
    const code = await runStep(step, before, io);
    if (code !== 0) {
      io.writeError(stopped(steps, index, code));
      return code;
    }
  }
  io.write('\nRelease done. Commit the versions, CHANGELOGs, lockfile, nx.json, api/released/ baselines, retired.json and any new upgrade fixture.\n');
  return 0;
}

async function runStep(step: ReleaseStep, before: ReleasePackage[], io: ReleaseIo): Promise<number> {
  if (step.kind === 'internal') {
    const copied = io.copyApiBaselines(before, await io.readPackages());
    io.write(copied.length > 0 ? `${copied.join('\n')}\n` : 'no package changed version\n');
    return 0;
  }
  if (step.kind === 'command') return io.run(step);
  const code = step.command ? io.run(step.command) : 0;
  if (code === 0) io.recordDeprecation(step.deprecation);
  return code;
}

function stopped(steps: readonly ReleaseStep[], index: number, code: number): string {
  const step = steps[index];
  const run = step.kind === 'deprecate' ? step.command : step;
  const line = run?.kind === 'command' ? `"${[run.command, ...run.args].join(' ')}"` : 'it';
  return `\nRelease stopped at step ${index + 1} (${step.title}): ${line} exited with code ${code}; no later step ran. Fix the cause shown above; ${undoAdvice(steps, index)}.\n`;
}

/** What to do about the steps before the failed one: nothing, undo them, or keep a release that is already out. */
function undoAdvice(steps: readonly ReleaseStep[], index: number): string {
  if (index === 0) return 'nothing was changed yet';
  const published = steps.slice(0, index).some((step) => step.kind === 'command' && step.args.includes('publish'));
  if (published || steps[0].kind === 'deprecate') {
    return 'what ran before is done (published, recorded): commit it, then finish with npm run release -- --deprecate-only';
  }
  return 'undo what the earlier steps changed (git checkout -- . and delete any new CHANGELOG.md) before running it again';
}
