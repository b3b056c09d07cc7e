import { type Tree, readJson, writeJson } from '@nx/devkit';

/** retired.json at the workspace root: every preview ever retired, so its name is never reused. */
export const RETIRED_FILE = 'retired.json';

export interface RetiredPackage {
  /** Service name, as it was in `service_plugins`. */
  name: string;
  package: string;
  lastVersion: string;
  reason: string;
  /** Release cycle in which it was retired. */
  cycle: number;
  /** What the release flow does on npm: `npm deprecate <package>@<range> "<message>"`. */
  deprecate: { range: string; message: string };
}

export function readRetiredPackages(tree: Tree): RetiredPackage[] {
  if (!tree.exists(RETIRED_FILE)) return [];
  return readJson<{ retired?: RetiredPackage[] }>(tree, RETIRED_FILE).retired ?? [];
}

export function findRetiredPackage(tree: Tree, name: string): RetiredPackage | undefined {
  return readRetiredPackages(tree).find((entry) => entry.name === name);
}

export function recordRetiredPackage(tree: Tree, entry: RetiredPackage): void {
  writeJson(tree, RETIRED_FILE, { retired: [...readRetiredPackages(tree), entry] });
}
