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

export type ReleaseStep = CommandStep | InternalStep;

export interface ReleaseStepOptions {
  /** The cycle to open: the current one plus one, so a re-run never skips a cycle. */
  nextCycle: number;
  /** Publishable (non-private) workspace packages, built before publishing. */
  publishable: readonly string[];
  /** The registry npm config gives (`npm config get registry`). */
  registry: string;
  /** The server gets a new version: record the data its upgrade test must keep serving. */
  releasesServer: boolean;
}

/** The server's upgrade test reads, per release, a database filled through its API (tests/upgrade). */
export const SERVER_PACKAGE = '@switchyard/server';

/** The release, as the recipe it is: each step one command (or copy) with a title for the log. */
export function releaseSteps(options: ReleaseStepOptions): ReleaseStep[] {
  return [
    command('policy check', 'npm', ['run', 'check']),
    command(`open release cycle ${options.nextCycle}`, 'npx', ['nx', 'g', '@switchyard/incubator:open-cycle', '--cycle', String(options.nextCycle), '--no-interactive']),
    command('apply changesets (versions, CHANGELOGs)', 'npx', ['changeset', 'version']),
    command('refresh the lockfile', 'npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund']),
    { kind: 'internal', title: 'copy released API files into api/released/', id: 'copy-api-baselines' },
    command('build the publishable packages', 'npx', ['nx', 'run-many', '-t', 'build', `--projects=${options.publishable.join(',')}`, '--output-style=static']),
    ...(options.releasesServer
      ? [command('record the upgrade fixture of the new server version', 'npx', ['nx', 'run', `${SERVER_PACKAGE}:snapshot-release-data`, '--output-style=static'])]
      : []),
    { ...command(`publish to ${options.registry}`, 'npx', ['changeset', 'publish']), env: { npm_config_registry: options.registry } },
  ];
}

function command(title: string, name: string, args: string[]): CommandStep {
  return { kind: 'command', title, command: name, args };
}

export function describeStep(step: ReleaseStep): string {
  return step.kind === 'command' ? `${step.title}: ${[step.command, ...step.args].join(' ')}` : step.title;
}
