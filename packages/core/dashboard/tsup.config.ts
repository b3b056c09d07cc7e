import { defineConfig } from 'tsup';

// The Node entry only (the panel contract and where the built app lives); Vite builds the app into dist/app.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: { compilerOptions: { composite: false, customConditions: [] } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
