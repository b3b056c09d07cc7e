import { createRequire } from 'node:module';
import { type StabilityMetadata, readStabilityMetadata } from '@switchyard/sdk';

export interface ServerPackage {
  name: string;
  version: string;
  /** The core API's stability, read from the server's own package.json like any plugin's. */
  metadata: StabilityMetadata;
}

let cached: ServerPackage | undefined;

/** Reads the server's package.json by self-reference, which works from `src/` and from `dist/`. */
export function readServerPackage(): ServerPackage {
  cached ??= readPackageJson();
  return cached;
}

function readPackageJson(): ServerPackage {
  const require = createRequire(import.meta.url);
  const packageJsonPath = require.resolve('@switchyard/server/package.json');
  const packageJson = require(packageJsonPath) as { name: string; version: string };
  return {
    name: packageJson.name,
    version: packageJson.version,
    metadata: readStabilityMetadata(packageJson, packageJsonPath),
  };
}
