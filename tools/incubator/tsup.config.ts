import { defineConfig } from 'tsup';

/**
 * Builds only the policy check's and the release's CLIs (the generators run from TypeScript through Nx). The SDK is
 * bundled from its sources, so `npm run check` needs no build of @switchyard/sdk on a fresh clone.
 */
export default defineConfig({
  entry: { 'policy/cli': 'src/policy/cli.ts', 'release/cli': 'src/release/cli.ts' },
  outDir: 'dist',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  noExternal: ['@switchyard/sdk'],
  // Changesets' CommonJS packages load from node_modules; bundled, their dynamic requires break in ESM.
  external: ['@changesets/get-release-plan', '@manypkg/get-packages'],
  esbuildOptions(options) {
    options.conditions = ['@switchyard/source'];
  },
});
