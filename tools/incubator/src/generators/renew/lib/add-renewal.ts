import { type Tree, updateJson } from '@nx/devkit';
import type { SwitchyardPackage } from '../../../lib/switchyard-package.js';
import type { NormalizedRenewOptions } from './normalize-options.js';

/** Appends `{cycle, blueprint}` to `switchyard.renewals`; lastApprovedCycle then counts from this cycle. */
export function addRenewal(tree: Tree, target: SwitchyardPackage, options: NormalizedRenewOptions): void {
  updateJson(tree, target.packageJsonPath, (packageJson) => {
    const renewals = [...(packageJson.switchyard.renewals ?? []), { cycle: options.cycle, blueprint: options.blueprint }];
    return { ...packageJson, switchyard: { ...packageJson.switchyard, renewals } };
  });
}
