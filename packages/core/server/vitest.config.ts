import { availableParallelism } from 'node:os';
import { configDefaults, mergeConfig } from 'vitest/config';
import { ROOT_CONFIG_SPECS, sharedVitestConfig } from '../../../vitest.shared';

// tests/postgres needs a Postgres server: `npm run test:postgres` runs it (vitest.postgres.config.ts).
// tests/root-config is the `root-config` target (vitest.root-config.config.ts).
// At least two workers, even on two cores (where vitest would take one): the longest unit suite, and
// its process specs spend much of their time waiting (114 s -> 85 s on this machine while others ran).
export default mergeConfig(sharedVitestConfig, {
  test: { exclude: [...configDefaults.exclude, 'tests/postgres/**', ROOT_CONFIG_SPECS], maxWorkers: Math.max(2, availableParallelism() - 1) },
});
