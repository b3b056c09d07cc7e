import { type Tree, readNxJson } from '@nx/devkit';
import { readIncubatorConfig } from '../../../lib/incubator-config.js';
import { readReleaseCycleFromTree } from '../../../lib/release-cycle.js';
import { type SwitchyardPackage, findSwitchyardPackage, switchyardPackageName } from '../../../lib/switchyard-package.js';
import type { RenewGeneratorSchema } from '../schema.js';

export interface NormalizedRenewOptions {
  /** As the user typed it, for messages. */
  requested: string;
  packageName: string;
  /** Undefined when no workspace package has that name (refused by the next step). */
  target: SwitchyardPackage | undefined;
  blueprint: string;
  cycle: number;
}

export function normalizeRenewOptions(tree: Tree, options: RenewGeneratorSchema): NormalizedRenewOptions {
  const requested = (options.name ?? '').trim();
  return {
    requested,
    packageName: switchyardPackageName(requested),
    target: requested === '' ? undefined : findSwitchyardPackage(tree, requested),
    blueprint: (options.blueprint ?? '').trim(),
    cycle: readIncubatorConfig(readNxJson(tree), readReleaseCycleFromTree(tree)).currentReleaseCycle,
  };
}
