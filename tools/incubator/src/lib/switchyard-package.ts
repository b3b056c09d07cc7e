import { type Tree, joinPathFragments } from '@nx/devkit';
import { type StabilityMetadata, readStabilityMetadata } from '@switchyard/sdk';
import { type WorkspacePackage, findWorkspacePackage } from './workspace-packages.js';

/** `firewall` and `@switchyard/firewall` both name the package @switchyard/firewall. */
export function switchyardPackageName(nameOrPackage: string): string {
  return nameOrPackage.startsWith('@') ? nameOrPackage : `@switchyard/${nameOrPackage}`;
}

/** The service name a package is enabled under: its name without the @switchyard/ scope. */
export function serviceNameOf(packageName: string): string {
  return packageName.replace(/^@switchyard\//, '');
}

export interface SwitchyardPackage extends WorkspacePackage {
  packageJsonPath: string;
  metadata: StabilityMetadata;
}

/** A workspace package with its validated `switchyard` metadata; undefined when there is no such package. */
export function findSwitchyardPackage(tree: Tree, nameOrPackage: string): SwitchyardPackage | undefined {
  const found = findWorkspacePackage(tree, switchyardPackageName(nameOrPackage.trim()));
  if (!found) return undefined;
  const packageJsonPath = joinPathFragments(found.root, 'package.json');
  return { ...found, packageJsonPath, metadata: readStabilityMetadata(found.packageJson, packageJsonPath) };
}
