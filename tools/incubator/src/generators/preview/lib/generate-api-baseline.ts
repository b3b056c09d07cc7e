import { execFileSync } from 'node:child_process';
import type { NormalizedPreviewOptions } from './normalize-options.js';

/** Runs the baseline command; specs replace `run` (vi.spyOn) so that nothing is built for real. */
export const baselineRunner = {
  run(command: string, args: readonly string[], options: { cwd: string; stdio: 'inherit' }): void {
    execFileSync(command, args, options);
  },
};

/**
 * The command that writes the package's api/ folder from its code: the API Extractor reports and
 * doc models (`api-report`) and the OpenAPI document of its routes (`openapi`), both in their
 * `update` configuration. The same targets check api/ in `npm test`, so the scaffold starts green
 * and under the compatibility gate.
 */
export function apiBaselineCommand(options: NormalizedPreviewOptions): string[] {
  return ['nx', 'run-many', '--targets=api-report,openapi', `--projects=${options.packageName}`, '--configuration=update', '--output-style=static'];
}

/**
 * Runs it once the files are on disk (a generator callback: the Tree cannot build). Throws a
 * message with the command to run by hand when the build or a target fails.
 */
export function generateApiBaseline(workspaceRoot: string, options: NormalizedPreviewOptions): void {
  const args = apiBaselineCommand(options);
  try {
    baselineRunner.run('npx', args, { cwd: workspaceRoot, stdio: 'inherit' });
  } catch (error) {
    throw new Error(
      `${options.packageName} was created, but its API baseline in ${options.projectRoot}/api could not be generated (${(error as Error).message}). ` +
        `Fix what the output above names, then run \`npx ${args.join(' ')}\` and commit ${options.projectRoot}/api.`,
      { cause: error },
    );
  }
}
