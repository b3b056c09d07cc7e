import { defineConfig } from 'tsup';

export default defineConfig({
  // index: the stable contract; alpha: the ./alpha subpath (not yet stable, see README).
  entry: ['src/index.ts', 'src/alpha.ts'],
  format: ['esm'],
  dts: { compilerOptions: { composite: false, customConditions: [] } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
