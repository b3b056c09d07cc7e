import { configDefaults, mergeConfig } from 'vitest/config';
import { ROOT_CONFIG_SPECS, sharedVitestConfig } from '../../../vitest.shared';

// tests/root-config is the `root-config` target (vitest.root-config.config.ts).
export default mergeConfig(sharedVitestConfig, { test: { exclude: [...configDefaults.exclude, ROOT_CONFIG_SPECS] } });
