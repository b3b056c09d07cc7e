import { defineConfig } from 'tsup';

export default defineConfig({
  // index: the stable contract; alpha: the ./alpha subpath (not yet stable, see README);
  // testing: the ./testing subpath, the conformance suite for services' tests.
  entry: { index: 'src/index.ts', alpha: 'src/alpha.ts', testing: 'src/testing/index.ts' },
  format: ['esm'],
  dts: { compilerOptions: { composite: false, customConditions: [] } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
