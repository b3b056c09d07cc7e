import { configDefaults, mergeConfig } from 'vitest/config';
import { sharedVitestConfig } from '../../../vitest.shared';

// tests/postgres needs a Postgres server: `npm run test:postgres` runs it (vitest.postgres.config.ts).
export default mergeConfig(sharedVitestConfig, { test: { exclude: [...configDefaults.exclude, 'tests/postgres/**'] } });
