import { defineConfig } from 'vitest/config';
import { sharedVitestConfig } from '../../../vitest.shared';

/**
 * The Postgres-only suites (tests/postgres): two real servers with the firewall on one database.
 * `npm run test:postgres` starts the database and runs them; `npm test` leaves the folder out.
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
