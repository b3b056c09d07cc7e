import { defineConfig } from 'vitest/config';
import { sharedVitestConfig } from '../../vitest.shared';
import { LIFECYCLE_SPECS, wholeWorkspaceTestConfig } from './vitest.e2e.config';

/**
 * The `e2e-lifecycle` target (`npm run test:lifecycle`, after npm test in CI): scaffold, renew and
 * retire a preview on one copy, promote the workspace's previews on another, each step followed by
 * the copy's npm test. The two specs run at once (on two cores vitest would use one worker): much
 * of each step waits on Nx and child processes, so one spec's waits are the other's CPU time.
 */
export default defineConfig({
  ...sharedVitestConfig,
  test: { ...wholeWorkspaceTestConfig, include: LIFECYCLE_SPECS, maxWorkers: 2 },
});
