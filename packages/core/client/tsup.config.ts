import { defineConfig } from 'tsup';

const shared = { format: ['esm' as const], sourcemap: true, target: 'node20' as const };

export default defineConfig([
  { ...shared, entry: { index: 'src/index.ts' }, clean: true, dts: { compilerOptions: { composite: false, customConditions: [] } } },
  // The generator behind the `client-types` targets: a workspace tool, not published (package.json
  // `files` leaves dist/codegen out), run with the workspace's openapi-typescript, never bundled.
  { ...shared, entry: { 'codegen/cli': 'src/codegen/cli.ts' }, external: ['openapi-typescript', 'typescript'] },
]);
