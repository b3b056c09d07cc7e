import { defineConfig } from 'tsup';

export default defineConfig({
  // index: the embeddable API; bin: the `switchyard-server` command (tsup keeps its hashbang).
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts'], compilerOptions: { composite: false, customConditions: [] } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
