import { defineConfig } from 'tsup';

export default defineConfig({
  // index: the service plugin; cli: its commands, which the switchyard CLI finds through the ./cli export;
  // client: its typed API client (./client), built on @switchyard/client; dashboard: its panel (./dashboard), one file the server serves to the browser.
  entry: { index: 'src/index.ts', cli: 'src/cli/index.ts', client: 'src/client/index.ts', dashboard: 'src/dashboard/index.ts' },
  format: ['esm'],
  dts: { compilerOptions: { composite: false, customConditions: [] } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
