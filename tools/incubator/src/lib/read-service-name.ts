import { joinPathFragments, type Tree } from '@nx/devkit';

/** `defineServicePlugin({ name: 'firewall', ... })`: the first `name` after the call opens. */
const SERVICE_NAME = /defineServicePlugin\s*\(\s*\{[^]*?\bname\s*:\s*(['"])([^'"]+)\1/;

/**
 * The service a plugin package declares in src/index.ts, or undefined when it declares none.
 * Operators list plugins by this name in switchyard.toml and migration history is keyed on it,
 * so it can differ from the folder name and must never change when a package moves.
 */
export function readServiceName(tree: Tree, packageRoot: string): string | undefined {
  const source = tree.read(joinPathFragments(packageRoot, 'src/index.ts'), 'utf-8');
  return source === null ? undefined : SERVICE_NAME.exec(source)?.[2];
}
