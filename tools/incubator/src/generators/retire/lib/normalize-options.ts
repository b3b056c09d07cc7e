import { type Tree, readNxJson } from '@nx/devkit';
import { readIncubatorConfig } from '../../../lib/incubator-config.js';
import { readReleaseCycleFromTree } from '../../../lib/release-cycle.js';
import { type SwitchyardPackage, findSwitchyardPackage, serviceNameOf, switchyardPackageName } from '../../../lib/switchyard-package.js';
import type { RetireGeneratorSchema } from '../schema.js';

export interface NormalizedRetireOptions {
  requested: string;
  packageName: string;
  /** Service name, as in service_plugins. */
  service: string;
  /** Undefined when no workspace package has that name (refused by the next step). */
  target: SwitchyardPackage | undefined;
  reason: string;
  cycle: number;
}

export function normalizeRetireOptions(tree: Tree, options: RetireGeneratorSchema): NormalizedRetireOptions {
  const requested = (options.name ?? '').trim();
  const packageName = switchyardPackageName(requested);
  return {
    requested,
    packageName,
    service: serviceNameOf(packageName),
    target: requested === '' ? undefined : findSwitchyardPackage(tree, requested),
    reason: options.reason?.replace(/\s+/g, ' ').trim() || 'No longer developed.',
    cycle: readIncubatorConfig(readNxJson(tree), readReleaseCycleFromTree(tree)).currentReleaseCycle,
  };
}
