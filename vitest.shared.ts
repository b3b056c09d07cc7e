import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Shared Vitest settings. The `@switchyard/source` condition makes workspace
 * packages resolve to their TypeScript sources, so unit tests never wait on a build.
 */
export const sharedVitestConfig = defineConfig({
  resolve: { conditions: ['@switchyard/source', 'module', 'node', 'default'] },
  ssr: { resolve: { conditions: ['@switchyard/source', 'module', 'node', 'default'] } },
  test: {
    include: ['src/**/*.spec.ts', 'tests/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Fails a test on an error log line or stack trace it does not assert (expectLogged).
    setupFiles: [fileURLToPath(new URL('./vitest.log-guard.ts', import.meta.url))],
    // A worker keeps the modules it loaded for its next file (setup files still run per file):
    // re-importing Fastify, Kysely and the app for every file was half of each suite's time (the
    // server's 130 s -> 65 s). Specs share no module state: each builds its own server and database.
    isolate: false,
  },
});

/**
 * The Postgres-only suites of a package (tests/postgres): `npm run test:postgres` starts the
 * database (scripts/postgres.sh) and runs them; `npm test` leaves the folder out. Without a server
 * they fail, naming the URL they could not reach.
 */
export const postgresVitestConfig = defineConfig({
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

/**
 * The specs of the workspace's own switchyard.toml (tests/root-config): they are a package's
 * `root-config` target, apart from `test`, so regenerating the root config after a lifecycle step
 * reruns these few specs and not the package's whole suite.
 */
export const ROOT_CONFIG_SPECS = 'tests/root-config/**';

export const rootConfigVitestConfig = defineConfig({
  ...sharedVitestConfig,
  test: { ...sharedVitestConfig.test, include: [`${ROOT_CONFIG_SPECS}/*.spec.ts`] },
});
