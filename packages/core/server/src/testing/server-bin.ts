import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The built `switchyard-server` command, where the server's package.json `bin` points: what
 * operators and `npm start` run. Found by self-reference, so it is the same file from the
 * server's `src/` and `dist/` and from a plugin's tests through node_modules.
 *
 * @public
 */
export const SERVER_BIN: string = readServerBin();

function readServerBin(): string {
  const packageJsonPath = createRequire(import.meta.url).resolve('@switchyard/server/package.json');
  const packageJson = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { bin: Record<string, string> };
  return path.resolve(path.dirname(packageJsonPath), packageJson.bin['switchyard-server']);
}

/**
 * Throws, naming the build command, while {@link SERVER_BIN} is not built: call it in a
 * `beforeAll`, so an unbuilt server fails with the fix instead of a spawn error.
 *
 * @public
 */
export function assertServerBuilt(): void {
  if (!existsSync(SERVER_BIN)) {
    throw new Error(`${SERVER_BIN} is missing; build first: NX_DAEMON=false npx nx run @switchyard/server:build`);
  }
}
