import { joinPathFragments, readJson, type Tree } from '@nx/devkit';

/** Fields of package.json through which one workspace package depends on another. */
export const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

export type PackageJsonWithDependencies = Partial<Record<(typeof DEPENDENCY_FIELDS)[number], Record<string, string>>>;

export interface WorkspacePackageJson extends PackageJsonWithDependencies {
  name?: string;
  version?: string;
  nx?: { tags?: string[] };
}

export interface WorkspacePackage {
  root: string;
  name: string;
  version: string;
  packageJsonPath: string;
  packageJson: WorkspacePackageJson;
}

/** The npm workspace folders of the root package.json, `packages/core/*` read as `packages/core`. */
export function workspaceFolders(tree: Tree): string[] {
  const { workspaces } = readJson<{ workspaces?: string[] | { packages?: string[] } }>(tree, 'package.json');
  const globs = Array.isArray(workspaces) ? workspaces : (workspaces?.packages ?? []);
  return globs.map((glob) => glob.replace(/\/\*$/, ''));
}

/** Every folder directly under a workspace folder that holds a named package.json. */
export function listWorkspacePackages(tree: Tree): WorkspacePackage[] {
  return workspaceFolders(tree).flatMap((folder) =>
    tree.children(folder).flatMap((child) => {
      const root = joinPathFragments(folder, child);
      const packageJsonPath = joinPathFragments(root, 'package.json');
      if (!tree.exists(packageJsonPath)) return [];
      const packageJson = readJson<WorkspacePackageJson>(tree, packageJsonPath);
      if (!packageJson.name) return [];
      return [{ root, name: packageJson.name, version: packageJson.version ?? '0.0.0', packageJsonPath, packageJson }];
    }),
  );
}

export function findWorkspacePackage(tree: Tree, name: string): WorkspacePackage | undefined {
  return listWorkspacePackages(tree).find((workspacePackage) => workspacePackage.name === name);
}

/** The packages that depend on `name` through any dependency field. */
export function findDependents(tree: Tree, name: string): WorkspacePackage[] {
  return listWorkspacePackages(tree).filter((workspacePackage) => dependencyNames(workspacePackage.packageJson).includes(name));
}

/** The names `packageJson` depends on, in any dependency field, without duplicates. */
export function dependencyNames(packageJson: PackageJsonWithDependencies): string[] {
  return [...new Set(DEPENDENCY_FIELDS.flatMap((field) => Object.keys(packageJson[field] ?? {})))];
}
