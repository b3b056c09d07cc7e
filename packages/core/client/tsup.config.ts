import { defineConfig } from 'tsup';

const shared = { format: ['esm' as const], sourcemap: true, target: 'node20' as const };

export default defineConfig([
  { ...shared, entry: { index: 'src/index.ts' }, clean: true, dts: { compilerOptions: { composite: false, customConditions: [] } } },
  // The generator behind the `client-types` targets: a workspace tool, built beside dist/ so that
  // it is never published, and run with the workspace's openapi-typescript, never bundled.
  { ...shared, entry: { cli: 'src/codegen/cli.ts' }, outDir: 'codegen/dist', clean: true, external: ['openapi-typescript', 'typescript'] },
]);
