import { type PendingDeprecation, deprecateArgs } from './retired-deprecations.js';

/** A command the release runs in the workspace root, in order; the first failure stops it. */
export interface CommandStep {
  kind: 'command';
  title: string;
  command: string;
  args: string[];
  /** Extra environment for this step only (e.g. the registry for publishing). */
  env?: Record<string, string>;
}

/** A step the release tool does itself, between commands. */
export interface InternalStep {
  kind: 'internal';
  title: string;
  id: 'copy-api-baselines';
}

/** `npm deprecate` for one retired package, recorded in retired.json once it succeeded. */
export interface DeprecateStep {
  kind: 'deprecate';
  title: string;
  /** Undefined when no version in the range was ever published: only the record is written. */
  command: CommandStep | undefined;
  deprecation: PendingDeprecation;
}

export type ReleaseStep = CommandStep | InternalStep | DeprecateStep;

/** What this release has to do; each part brings its own steps. */
export interface ReleaseWork {
  /** `npm run check` first; off only for --deprecate-only, which changes nothing the check reads. */
  policyCheck: boolean;
  /** Pending changesets: a new cycle, versions, lockfile and API baselines. */
  versions: boolean;
  /** Versions to publish: new ones, or ones a registry does not have yet. */
  publish: boolean;
  deprecations: readonly PendingDeprecation[];
}

export interface ReleaseStepOptions {
  /** The cycle to open: the current one plus one, so a re-run never skips a cycle. */
  nextCycle: number;
  /** Publishable (non-private) workspace packages, built before publishing. */
  publishable: readonly string[];
  /** The registry npm config gives (`npm config get registry`). */
  registry: string;
  /** The server gets a new version: record the data its upgrade test must keep serving. */
  releasesServer: boolean;
  work: ReleaseWork;
}

/** The server's upgrade test reads, per release, a database filled through its API (tests/upgrade). */
export const SERVER_PACKAGE = '@switchyard/server';

/** The release, as the recipe it is: each step one command (or copy) with a title for the log. */
export function releaseSteps(options: ReleaseStepOptions): ReleaseStep[] {
  const { work } = options;
  return [
    ...(work.policyCheck ? [command('policy check', 'npm', ['run', 'check'])] : []),
    ...(work.versions ? versionSteps(options) : []),
    ...(work.publish ? publishSteps(options) : []),
    ...work.deprecations.map((deprecation) => deprecateStep(deprecation)),
  ];
}

function versionSteps(options: ReleaseStepOptions): ReleaseStep[] {
  return [
    command(`open release cycle ${options.nextCycle}`, 'npx', ['nx', 'g', '@switchyard/incubator:open-cycle', '--cycle', String(options.nextCycle), '--no-interactive']),
    command('apply changesets (versions, CHANGELOGs)', 'npx', ['changeset', 'version']),
    command('refresh the lockfile', 'npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund']),
    { kind: 'internal', title: 'copy released API files into api/released/, append the release to its history.json', id: 'copy-api-baselines' },
  ];
}

function publishSteps(options: ReleaseStepOptions): ReleaseStep[] {
  return [
    command('build the publishable packages', 'npx', ['nx', 'run-many', '-t', 'build', `--projects=${options.publishable.join(',')}`, '--output-style=static']),
    ...(options.releasesServer && options.work.versions
      ? [command('record the upgrade fixture of the new server version', 'npx', ['nx', 'run', `${SERVER_PACKAGE}:snapshot-release-data`, '--output-style=static'])]
      : []),
    { ...command(`publish to ${options.registry}`, 'npx', ['changeset', 'publish']), env: { npm_config_registry: options.registry } },
  ];
}

function deprecateStep(deprecation: PendingDeprecation): DeprecateStep {
  const spec = `${deprecation.packageName}@${deprecation.range}`;
  if (deprecation.versions.length === 0) {
    return { kind: 'deprecate', title: `${spec}: no version on ${deprecation.registry}, nothing to deprecate (recorded in retired.json)`, command: undefined, deprecation };
  }
  const run = { ...command(`deprecate ${spec} on ${deprecation.registry} (${deprecation.versions.join(', ')})`, 'npm', deprecateArgs(deprecation)), env: { npm_config_registry: deprecation.registry } };
  return { kind: 'deprecate', title: run.title, command: run, deprecation };
}

function command(title: string, name: string, args: string[]): CommandStep {
  return { kind: 'command', title, command: name, args };
}

/** How the log and the dry run show a step: its title and, for commands, the command line as a shell would take it. */
export function describeStep(step: ReleaseStep): string {
  if (step.kind === 'internal') return step.title;
  const run = step.kind === 'command' ? step : step.command;
  return run ? `${step.title}: ${[run.command, ...run.args].map(shellWord).join(' ')}` : step.title;
}

/** Quotes an argument only when a shell would split or expand it (messages, `<=` ranges). */
function shellWord(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : JSON.stringify(arg);
}
