import { mergeConfig } from 'vitest/config';
import { sharedVitestConfig } from '../../../vitest.shared';

/**
 * The same specs as vitest.config.ts, against Postgres: `npm run test:postgres` starts a
 * throw-away server with scripts/postgres.sh and stops it afterwards. No spec is skipped here;
 * without a server they fail, naming the URL they could not reach.
 */
export default mergeConfig(sharedVitestConfig, {
  test: {
    env: {
      SWITCHYARD_TEST_DATABASE_URL: process.env.SWITCHYARD_TEST_DATABASE_URL ?? 'postgres://switchyard@127.0.0.1:54329/switchyard',
    },
  },
});
