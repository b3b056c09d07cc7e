import { configDefaults, defineConfig } from 'vitest/config';
import { sharedVitestConfig } from '../../vitest.shared';

/**
 * Suites that read the whole workspace: tests/e2e copies it and runs Nx there, the snapshot spec
 * runs the policy on it, and the boundaries spec lints probes in a copy of it. They rerun when the
 * incubator, its templates or the root workspace config change (and always on a clean clone, as CI
 * runs), so the unit `test` target's inputs can stay the incubator's own.
 *
 * The maintainer's lifecycle steps, each followed by npm test in the copy (LIFECYCLE_SPECS), are the
 * `e2e-lifecycle` target (`npm run test:lifecycle`, run by CI after npm test, on a cache seeded
 * with npm test's results: vitest.e2e-lifecycle.config.ts); the others are the `e2e` target, in
 * npm test beside the packages' own targets.
 */
export const WHOLE_WORKSPACE_SPECS = ['tests/e2e/**', 'src/policy/read-workspace-snapshot.spec.ts', 'src/boundaries/module-boundaries.spec.ts'];
export const LIFECYCLE_SPECS = ['tests/e2e/full-lifecycle.e2e.spec.ts', 'tests/e2e/promote-previews.e2e.spec.ts'];

export const wholeWorkspaceTestConfig = {
  ...sharedVitestConfig.test,
  include: WHOLE_WORKSPACE_SPECS.map((pattern) => (pattern.endsWith('/**') ? `${pattern}/*.spec.ts` : pattern)),
};

// Spread rather than mergeConfig, which would append to the shared `include`.
export default defineConfig({
  ...sharedVitestConfig,
  test: { ...wholeWorkspaceTestConfig, exclude: [...configDefaults.exclude, ...LIFECYCLE_SPECS] },
});
