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
  },
});
