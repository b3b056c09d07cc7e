import { configDefaults, mergeConfig } from 'vitest/config';
import { ROOT_CONFIG_SPECS, sharedVitestConfig } from '../../../vitest.shared';

// tests/postgres needs a Postgres server: `npm run test:postgres` runs it (vitest.postgres.config.ts).
// tests/root-config is the `root-config` target (vitest.root-config.config.ts).
export default mergeConfig(sharedVitestConfig, { test: { exclude: [...configDefaults.exclude, 'tests/postgres/**', ROOT_CONFIG_SPECS] } });
