import { defineConfig } from 'vitest/config';
import { sharedVitestConfig } from '../../vitest.shared';
import { LIFECYCLE_SPEC, wholeWorkspaceTestConfig } from './vitest.e2e.config';

/** The `e2e-lifecycle` target: scaffold, renew, promote, retire, each followed by the copy's npm test. */
export default defineConfig({
  ...sharedVitestConfig,
  test: { ...wholeWorkspaceTestConfig, include: [LIFECYCLE_SPEC] },
});
