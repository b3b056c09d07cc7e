import { type MockInstance, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { apiBaselineCommand, baselineRunner, generateApiBaseline } from './generate-api-baseline.js';
import { normalizePreviewOptions } from './normalize-options.js';

let run: MockInstance<typeof baselineRunner.run>;
beforeEach(() => {
  run = vi.spyOn(baselineRunner, 'run').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

const options = normalizePreviewOptions(createSwitchyardWorkspace(), { name: 'vpn', blueprint: 'BP-0007' });
const COMMAND = ['nx', 'run-many', '--targets=api-report,openapi', '--projects=@switchyard/vpn', '--configuration=update', '--output-style=static'];

describe('generateApiBaseline', () => {
  it('runs the update configuration of the api-report and openapi targets of the new package only', () => {
    expect(apiBaselineCommand(options)).toEqual(COMMAND);
    generateApiBaseline('/work/switchyard', options);
    expect(run).toHaveBeenCalledWith('npx', COMMAND, { cwd: '/work/switchyard', stdio: 'inherit' });
  });

  it('names the command to run by hand and the folder to commit when a target fails', () => {
    run.mockImplementation(() => {
      throw new Error('Command failed: npx nx run-many');
    });
    expect(() => generateApiBaseline('/work/switchyard', options)).toThrow(
      '@switchyard/vpn was created, but its API baseline in packages/preview/vpn/api could not be generated (Command failed: npx nx run-many). ' +
        `Fix what the output above names, then run \`npx ${COMMAND.join(' ')}\` and commit packages/preview/vpn/api.`,
    );
  });
});
