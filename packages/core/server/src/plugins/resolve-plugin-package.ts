import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PluginLoadError } from '../errors.js';

export interface PluginPackage {
  name: string;
  directory: string;
  packageJsonPath: string;
  packageJson: Record<string, unknown>;
  /** The module to import: the package's ESM entry. */
  entryPath: string;
}

/** Conditions the server imports plugins under (Node's own, for an ESM `import`). */
const CONDITIONS = new Set(['import', 'node', 'default']);

/**
 * Finds an installed plugin package, searching each directory in order (the config file's
 * directory first, then the server's own install). Returns undefined when it is not installed.
 */
export function resolvePluginPackage(packageName: string, searchDirectories: readonly string[]): PluginPackage | undefined {
  for (const directory of searchDirectories) {
    const packageJsonPath = resolvePackageJson(packageName, directory);
    if (packageJsonPath !== undefined) return readPluginPackage(packageName, packageJsonPath);
  }
  return undefined;
}

function resolvePackageJson(packageName: string, directory: string): string | undefined {
  const require = createRequire(path.join(directory, 'switchyard-plugin-resolver.js'));
  try {
    return require.resolve(`${packageName}/package.json`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND') return undefined;
    if (code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') {
      throw new PluginLoadError(
        `${packageName} does not export "./package.json", so its stability metadata cannot be read; ` +
          `add "./package.json": "./package.json" to its "exports"`,
        { cause: error },
      );
    }
    throw error;
  }
}

function readPluginPackage(packageName: string, packageJsonPath: string): PluginPackage {
  const packageJson = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as Record<string, unknown>;
  const directory = path.dirname(packageJsonPath);
  const entryPath = path.resolve(directory, entryOf(packageJson));
  if (!existsSync(entryPath)) {
    throw new PluginLoadError(
      `${packageName} is installed at ${directory} but its entry ${entryPath} does not exist; build the package first (npm run build)`,
    );
  }
  return { name: packageName, directory, packageJsonPath, packageJson, entryPath };
}

/** The root export (`exports["."]` under import/node/default), else `main`, else `index.js`. */
function entryOf(packageJson: Record<string, unknown>): string {
  return exportTarget(packageJson, '.') ?? (typeof packageJson.main === 'string' ? packageJson.main : 'index.js');
}

/** The file a subpath export (`"."`, `"./dashboard"`) names under import/node/default; undefined when not exported. */
export function exportTarget(packageJson: Record<string, unknown>, subpath: string): string | undefined {
  const exports = packageJson.exports;
  if (exports === undefined) return undefined;
  if (!isSubpathMap(exports)) return subpath === '.' ? pickTarget(exports) : undefined;
  const map = exports as Record<string, unknown>;
  return Object.hasOwn(map, subpath) ? pickTarget(map[subpath]) : undefined;
}

function isSubpathMap(exports: unknown): boolean {
  return typeof exports === 'object' && exports !== null && Object.keys(exports).some((key) => key.startsWith('.'));
}

function pickTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) return target.map(pickTarget).find((found) => found !== undefined);
  if (typeof target !== 'object' || target === null) return undefined;
  // Conditions are tried in the package's own order, as Node does.
  for (const [condition, value] of Object.entries(target)) {
    if (!CONDITIONS.has(condition)) continue;
    const found = pickTarget(value);
    if (found !== undefined) return found;
  }
  return undefined;
}
