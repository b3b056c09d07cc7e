import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const PLUGIN_SCOPE = '@switchyard';

export interface InstalledPackage {
  name: string;
  directory: string;
  packageJson: Record<string, unknown>;
}

/**
 * `service_plugins` entries are service names (`firewall`, meaning `@switchyard/firewall`) or
 * package names (`@acme/switchyard-dns`), as the server reads them.
 */
export function packageNameFor(entry: string): string {
  return entry.startsWith('@') && entry.includes('/') ? entry : `${PLUGIN_SCOPE}/${entry}`;
}

/**
 * Finds an installed package the way Node (and the server's plugin host) would, from each
 * directory in order. Undefined when it is not installed or hides its package.json.
 */
export function resolveInstalledPackage(name: string, searchDirectories: readonly string[]): InstalledPackage | undefined {
  for (const directory of searchDirectories) {
    const require = createRequire(path.join(directory, 'switchyard-cli-resolver.js'));
    let packageJsonPath: string;
    try {
      packageJsonPath = require.resolve(`${name}/package.json`);
    } catch {
      continue;
    }
    const packageJson = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as Record<string, unknown>;
    return { name, directory: path.dirname(packageJsonPath), packageJson };
  }
  return undefined;
}

/**
 * A service plugin's package declares its stability (`switchyard`) and peer-depends on the SDK,
 * the contract it builds on; core packages depend on the SDK directly.
 */
export function isServicePluginPackage(installed: InstalledPackage): boolean {
  const peers = installed.packageJson.peerDependencies;
  return installed.packageJson.switchyard !== undefined && typeof peers === 'object' && peers !== null && Object.hasOwn(peers, `${PLUGIN_SCOPE}/sdk`);
}

/** Names of the packages in the scope's folder of every `node_modules` Node would search from each directory. */
export function listScopePackages(searchDirectories: readonly string[], scope = PLUGIN_SCOPE): string[] {
  const names = new Set<string>();
  for (const directory of searchDirectories) {
    for (const ancestor of ancestorsOf(directory)) {
      for (const entry of readDirectory(path.join(ancestor, 'node_modules', scope))) names.add(`${scope}/${entry}`);
    }
  }
  return [...names].sort();
}

function ancestorsOf(directory: string): string[] {
  const ancestors = [path.resolve(directory)];
  while (path.dirname(ancestors[ancestors.length - 1]) !== ancestors[ancestors.length - 1]) {
    ancestors.push(path.dirname(ancestors[ancestors.length - 1]));
  }
  return ancestors;
}

function readDirectory(directory: string): string[] {
  try {
    return readdirSync(directory).filter((entry) => !entry.startsWith('.'));
  } catch {
    return [];
  }
}
