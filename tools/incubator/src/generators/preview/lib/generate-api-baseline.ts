import { execFileSync } from 'node:child_process';
import type { NormalizedPreviewOptions } from './normalize-options.js';

/** Runs the baseline commands; specs replace `run` (vi.spyOn) so that nothing is built for real. */
export const baselineRunner = {
  run(command: string, args: readonly string[], options: { cwd: string; stdio: 'inherit' }): void {
    execFileSync(command, args, options);
  },
};

/**
 * The commands that write the package's generated files from its code, in order, each target in
 * its `update` configuration: the OpenAPI document of its routes (`openapi`), the `./client`
 * types generated from that document (`client-types`, which replace the generator's stand-ins),
 * then the API Extractor reports and doc models (`api-report`, built with those types). The same
 * targets check these files in `npm test`, so the scaffold starts green and under the
 * compatibility gate.
 */
export function apiBaselineCommands(options: NormalizedPreviewOptions): string[][] {
  return ['openapi', 'client-types', 'api-report'].map((target) => ['nx', 'run', `${options.packageName}:${target}:update`, '--output-style=static']);
}

/** The commands as one shell line, for messages. */
export function apiBaselineCommandLine(options: NormalizedPreviewOptions): string {
  return apiBaselineCommands(options)
    .map((args) => `npx ${args.join(' ')}`)
    .join(' && ');
}

/**
 * Runs them once the files are on disk (a generator callback: the Tree cannot build). Throws a
 * message with the commands to run by hand when the build or a target fails.
 */
export function generateApiBaseline(workspaceRoot: string, options: NormalizedPreviewOptions): void {
  try {
    for (const args of apiBaselineCommands(options)) baselineRunner.run('npx', args, { cwd: workspaceRoot, stdio: 'inherit' });
  } catch (error) {
    throw new Error(
      `${options.packageName} was created, but its API baseline in ${options.projectRoot}/api could not be generated (${(error as Error).message}). ` +
        `Fix what the output above names, then run \`${apiBaselineCommandLine(options)}\` and commit ${options.projectRoot}/api and ${options.projectRoot}/src/client/generated.`,
      { cause: error },
    );
  }
}
