import type { Tree } from '@nx/devkit';
import { blueprintPath, readFrontMatterField } from '../../../lib/approved-blueprint.js';
import { switchyardPackageName } from '../../../lib/switchyard-package.js';
import { listWorkspacePackages } from '../../../lib/workspace-packages.js';

/** Another package a blueprint belongs to, and how we know. */
export interface BlueprintOwner {
  packageName: string;
  evidence: string;
}

interface LifecycleFields {
  switchyard?: { blueprint?: unknown; renewals?: Array<{ cycle?: unknown; blueprint?: unknown }> };
}

/**
 * A blueprint says why one package should exist or stay in preview: it belongs to the package its
 * front matter names (`package: vpn`), and to any other package that entered or was renewed under
 * it. Returns the first owner other than `packageName`, or undefined when it is free for it.
 */
export function findBlueprintOwner(tree: Tree, ref: string, packageName: string): BlueprintOwner | undefined {
  const file = blueprintPath(ref);
  const declared = readFrontMatterField(tree.read(file, 'utf-8') ?? '', 'package');
  if (declared !== undefined && declared !== '' && switchyardPackageName(declared) !== packageName) {
    return { packageName: switchyardPackageName(declared), evidence: `${file} says "package: ${declared}"` };
  }
  for (const other of listWorkspacePackages(tree)) {
    if (other.name === packageName) continue;
    const use = useOf((other.packageJson as LifecycleFields).switchyard, ref);
    if (use !== undefined) return { packageName: other.name, evidence: `${other.packageJsonPath} names it ${use}` };
  }
  return undefined;
}

function useOf(metadata: LifecycleFields['switchyard'], ref: string): string | undefined {
  if (metadata?.blueprint === ref) return 'as the blueprint it was accepted under';
  const renewal = (metadata?.renewals ?? []).find((entry) => entry.blueprint === ref);
  return renewal ? `for its renewal in cycle ${String(renewal.cycle)}` : undefined;
}
