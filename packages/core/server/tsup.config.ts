import { defineConfig } from 'tsup';

export default defineConfig({
  // index: the embeddable API; bin: the `switchyard-server` command (tsup keeps its hashbang);
  // config-schema: the described config keys, for the CLI's `config sample` (no Fastify);
  // openapi: the generator behind each service package's `openapi` Nx target;
  // docs: the static API reference behind `npm run docs`;
  // testing: the test server that core and plugin tests share.
  entry: { index: 'src/index.ts', bin: 'src/bin.ts', 'config-schema': 'src/config-schema.ts', openapi: 'src/openapi/cli.ts', docs: 'src/docs/cli.ts', testing: 'src/testing.ts' },
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/config-schema.ts', 'src/testing.ts'], compilerOptions: { composite: false, customConditions: [] } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
