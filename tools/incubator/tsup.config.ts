import { defineConfig } from 'tsup';

/**
 * Builds only the policy check's, the release's and the lifecycle board's CLIs (the generators run from TypeScript through Nx). The SDK is
 * bundled from its sources, so `npm run check` needs no build of @switchyard/sdk on a fresh clone.
 */
export default defineConfig({
  entry: { 'policy/cli': 'src/policy/cli.ts', 'release/cli': 'src/release/cli.ts', 'lifecycle/cli': 'src/lifecycle/cli.ts' },
  outDir: 'dist',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  // Everything else in dependencies stays external (tsup's default): bundled, the CommonJS
  // packages' dynamic requires (Changesets, Nx) break under ESM.
  noExternal: ['@switchyard/sdk'],
  esbuildOptions(options) {
    options.conditions = ['@switchyard/source'];
  },
});
