import { readJson, updateJson, type Tree } from '@nx/devkit';
import { DEPENDENCY_FIELDS, listWorkspacePackages, type PackageJsonWithDependencies } from '../../../lib/workspace-packages.js';
import type { NormalizedPromoteOptions } from './normalize-options.js';

export const STABLE_RANGE = '^1.0.0';

/**
 * Every workspace package that depends on the promoted one asks for its first stable major.
 * Returns the package.json files it changed.
 */
export function updateDependentRanges(tree: Tree, options: NormalizedPromoteOptions): string[] {
  return listWorkspacePackages(tree)
    .filter((workspacePackage) => workspacePackage.name !== options.packageName)
    .filter((workspacePackage) => retargetRange(tree, workspacePackage.packageJsonPath, options.packageName))
    .map((workspacePackage) => workspacePackage.packageJsonPath);
}

function retargetRange(tree: Tree, packageJsonPath: string, dependency: string): boolean {
  const outdated = (packageJson: PackageJsonWithDependencies) =>
    DEPENDENCY_FIELDS.filter((field) => ![undefined, STABLE_RANGE].includes(packageJson[field]?.[dependency]));
  if (outdated(readJson(tree, packageJsonPath)).length === 0) return false;
  updateJson<PackageJsonWithDependencies>(tree, packageJsonPath, (packageJson) => {
    for (const field of outdated(packageJson)) (packageJson[field] as Record<string, string>)[dependency] = STABLE_RANGE;
    return packageJson;
  });
  return true;
}
