import { defineConfig } from 'vitest/config';
import { sharedVitestConfig } from '../../vitest.shared';

/**
 * Suites that read the whole workspace: tests/e2e copies it and runs Nx there, the snapshot
 * spec runs the policy on it, and the boundaries spec lints probes in a copy of it. They are the `e2e` target, rerun when the incubator, its templates
 * or the root workspace config change (and always on a clean clone, as CI runs), so the unit
 * `test` target's inputs can stay the incubator's own.
 */
export const WHOLE_WORKSPACE_SPECS = ['tests/e2e/**', 'src/policy/read-workspace-snapshot.spec.ts', 'src/boundaries/module-boundaries.spec.ts'];

// Spread rather than mergeConfig, which would append to the shared `include`.
export default defineConfig({
  ...sharedVitestConfig,
  test: {
    ...sharedVitestConfig.test,
    include: WHOLE_WORKSPACE_SPECS.map((pattern) => (pattern.endsWith('/**') ? `${pattern}/*.spec.ts` : pattern)),
    // Vitest's default on 2 cores is one worker; these files mostly wait on the Nx runs they start,
    // and the target runs last in npm test, so the lifecycle story and the other files run side by side.
    maxWorkers: 2,
  },
});
