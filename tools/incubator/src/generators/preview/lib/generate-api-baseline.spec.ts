import { type MockInstance, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { apiBaselineCommandLine, apiBaselineCommands, baselineRunner, generateApiBaseline } from './generate-api-baseline.js';
import { normalizePreviewOptions } from './normalize-options.js';

let run: MockInstance<typeof baselineRunner.run>;
beforeEach(() => {
  run = vi.spyOn(baselineRunner, 'run').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

const options = normalizePreviewOptions(createSwitchyardWorkspace(), { name: 'vpn', blueprint: 'BP-0007' });
const COMMANDS = [
  ['nx', 'run', '@switchyard/vpn:openapi:update', '--output-style=static'],
  ['nx', 'run', '@switchyard/vpn:client-types:update', '--output-style=static'],
  ['nx', 'run', '@switchyard/vpn:api-report:update', '--output-style=static'],
];
const LINE = COMMANDS.map((args) => `npx ${args.join(' ')}`).join(' && ');

describe('generateApiBaseline', () => {
  it('runs the update configuration of the openapi, client-types and api-report targets of the new package only, in that order', () => {
    expect(apiBaselineCommands(options)).toEqual(COMMANDS);
    expect(apiBaselineCommandLine(options)).toBe(LINE);
    generateApiBaseline('/work/switchyard', options);
    expect(run.mock.calls).toEqual(COMMANDS.map((args) => ['npx', args, { cwd: '/work/switchyard', stdio: 'inherit' }]));
  });

  it('names the commands to run by hand and the folders to commit when a target fails, running none after it', () => {
    run.mockImplementation(() => {
      throw new Error('Command failed: npx nx run');
    });
    expect(() => generateApiBaseline('/work/switchyard', options)).toThrow(
      '@switchyard/vpn was created, but its API baseline in packages/preview/vpn/api could not be generated (Command failed: npx nx run). ' +
        `Fix what the output above names, then run \`${LINE}\` and commit packages/preview/vpn/api and packages/preview/vpn/src/client/generated.`,
    );
    expect(run).toHaveBeenCalledTimes(1);
  });
});
