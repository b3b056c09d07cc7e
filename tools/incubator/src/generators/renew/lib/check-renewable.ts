import type { Tree } from '@nx/devkit';
import { checkApprovedBlueprint } from '../../../lib/approved-blueprint.js';
import { GeneratorRefusal } from '../../../lib/generator-refusal.js';
import type { SwitchyardPackage } from '../../../lib/switchyard-package.js';
import type { NormalizedRenewOptions } from './normalize-options.js';

/** Only an existing preview can be renewed, and only under an approved blueprint it has not used yet. */
export function checkRenewable(tree: Tree, options: NormalizedRenewOptions): SwitchyardPackage {
  const { target, requested } = options;
  if (!target) {
    throw new GeneratorRefusal(`Cannot renew "${requested}": there is no workspace package ${options.packageName}. Check the name (ls packages/preview).`);
  }
  if (target.metadata.stability !== 'preview') {
    throw new GeneratorRefusal(
      `Cannot renew "${requested}": ${target.name} is ${target.metadata.stability} (${target.packageJsonPath}); only previews have a stagnation clock to reset.`,
    );
  }
  const earlierUse = blueprintUse(target, options.blueprint);
  if (earlierUse) {
    throw new GeneratorRefusal(
      `Cannot renew "${requested}": ${target.name} already used blueprint ${options.blueprint} (${earlierUse}); a renewal needs a new approved blueprint that says why it should stay in preview.`,
    );
  }
  checkApprovedBlueprint(tree, options.blueprint);
  return target;
}

function blueprintUse(target: SwitchyardPackage, blueprint: string): string | undefined {
  const { metadata } = target;
  if (metadata.blueprint === blueprint) return `when it entered ${metadata.stability} in cycle ${metadata.enteredCycle}`;
  const renewal = (metadata.renewals ?? []).find((entry) => entry.blueprint === blueprint);
  return renewal ? `for its renewal in cycle ${renewal.cycle}` : undefined;
}
