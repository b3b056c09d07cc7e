import { configDefaults, mergeConfig } from 'vitest/config';
import { sharedVitestConfig } from '../../vitest.shared';
import { WHOLE_WORKSPACE_SPECS } from './vitest.e2e.config';

// Suites that read the whole workspace run in the `e2e` target (vitest.e2e.config.ts), whose inputs say so.
export default mergeConfig(sharedVitestConfig, { test: { exclude: [...configDefaults.exclude, ...WHOLE_WORKSPACE_SPECS] } });
