import { formatReleasePlan } from './format-release-plan.js';
import { formatPreviewRefusal, previewsLeavingZero } from './preview-guard.js';
import type { ReleasePackage, ReleaseRow } from './release-plan.js';
import { type CommandStep, type ReleaseStep, SERVER_PACKAGE, describeStep, releaseSteps } from './release-steps.js';

export const USAGE = `Usage: npm run release [-- --dry-run]

Releases every package with pending changesets, each on its own version:
policy check, open the next release cycle, changeset version (and the lockfile), copy each
released package's API files into api/released/, build the publishable packages, and
changeset publish to the registry npm config gives.
  --dry-run  print the plan (package, old -> new version, bump, stability) and the steps; write nothing
  --help     print this text`;

/** Everything the release touches outside itself, so tests can run it against fakes. */
export interface ReleaseIo {
  readPlan: () => Promise<ReleaseRow[]>;
  readPackages: () => Promise<ReleasePackage[]>;
  currentCycle: () => number;
  registry: () => string;
  /** Runs a command in the workspace root; returns its exit code. */
  run: (step: CommandStep) => number;
  /** Copies API baselines of the packages whose version changed between the two readings. */
  copyApiBaselines: (before: ReleasePackage[], after: ReleasePackage[]) => string[];
  write: (text: string) => void;
  writeError: (text: string) => void;
}

/** Runs the release (or prints its plan); returns the exit code. */
export async function runRelease(argv: readonly string[], io: ReleaseIo): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--dry-run' && arg !== '--help');
  if (unknown.length > 0) {
    io.writeError(`Unknown option ${JSON.stringify(unknown[0])}.\n\n${USAGE}\n`);
    return 1;
  }
  if (argv.includes('--help')) {
    io.write(`${USAGE}\n`);
    return 0;
  }
  const before = await io.readPackages();
  const publishable = before.filter((pkg) => !pkg.private).map((pkg) => pkg.name);
  const plan = await io.readPlan();
  const releasesServer = plan.some((row) => row.packageName === SERVER_PACKAGE);
  const steps = releaseSteps({ nextCycle: io.currentCycle() + 1, publishable, registry: io.registry(), releasesServer });
  io.write(`Release plan\n\n${formatReleasePlan(plan)}\n`);
  if (argv.includes('--dry-run')) printSteps(steps, io);
  const refused = previewsLeavingZero(plan);
  if (refused.length > 0) {
    io.writeError(formatPreviewRefusal(refused));
    return 1;
  }
  return argv.includes('--dry-run') ? 0 : runSteps(steps, before, io);
}

function printSteps(steps: readonly ReleaseStep[], io: ReleaseIo): void {
  io.write(`Dry run: nothing was written. \`npm run release\` would run:\n${steps.map((step, index) => `  ${index + 1}. ${describeStep(step)}`).join('\n')}\n`);
  io.write('(changeset publish also publishes any version of a public package that is not on the registry yet.)\n');
}

async function runSteps(steps: readonly ReleaseStep[], before: ReleasePackage[], io: ReleaseIo): Promise<number> {
  for (const [index, step] of steps.entries()) {
    io.write(`\n[${index + 1}/${steps.length}] ${describeStep(step)}\n`);
    if (step.kind === 'internal') {
      const copied = io.copyApiBaselines(before, await io.readPackages());
      io.write(copied.length > 0 ? `${copied.join('\n')}\n` : 'no package changed version\n');
      continue;
    }
    const code = io.run(step);
    if (code !== 0) {
      io.writeError(stopped(index + 1, step, code));
      return code;
    }
  }
  io.write('\nRelease done. Commit the versions, CHANGELOGs, lockfile, nx.json, api/released/ baselines and any new upgrade fixture.\n');
  return 0;
}

function stopped(number: number, step: CommandStep, code: number): string {
  const undo =
    number === 1
      ? 'nothing was changed yet'
      : 'undo what the earlier steps changed (git checkout -- . and delete any new CHANGELOG.md) before running it again';
  return `\nRelease stopped at step ${number} (${step.title}): "${[step.command, ...step.args].join(' ')}" exited with code ${code}; no later step ran. Fix the cause shown above; ${undo}.\n`;
}
