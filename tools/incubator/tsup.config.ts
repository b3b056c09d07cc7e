import { defineConfig } from 'tsup';

/**
 * Builds only the policy check's CLI (the generators run from TypeScript through Nx). The SDK is
 * bundled from its sources, so `npm run check` needs no build of @switchyard/sdk on a fresh clone.
 */
export default defineConfig({
  entry: { 'policy/cli': 'src/policy/cli.ts' },
  outDir: 'dist',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  noExternal: ['@switchyard/sdk'],
  esbuildOptions(options) {
    options.conditions = ['@switchyard/source'];
  },
});
