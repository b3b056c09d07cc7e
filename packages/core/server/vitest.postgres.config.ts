import { defineConfig } from 'vitest/config';
import { sharedVitestConfig } from '../../../vitest.shared';

/**
 * The Postgres-only suites (tests/postgres): real server processes sharing one database, racing.
 * `npm run test:postgres` starts the database (scripts/postgres.sh) and runs them; `npm test` does
 * not (vitest.config.ts leaves the folder out). Without a server they fail, naming the variable.
 */
export default defineConfig({
  ...sharedVitestConfig,
  test: {
    ...sharedVitestConfig.test,
    include: ['tests/postgres/**/*.spec.ts'],
    testTimeout: 60_000,
    env: {
      SWITCHYARD_TEST_DATABASE_URL: process.env.SWITCHYARD_TEST_DATABASE_URL ?? 'postgres://switchyard@127.0.0.1:54329/switchyard',
    },
  },
});
