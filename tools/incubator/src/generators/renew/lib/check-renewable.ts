import type { Tree } from '@nx/devkit';
import { lastApprovedCycle } from '@switchyard/sdk';
import { checkApprovedBlueprint } from '../../../lib/approved-blueprint.js';
import { GeneratorRefusal } from '../../../lib/generator-refusal.js';
import type { SwitchyardPackage } from '../../../lib/switchyard-package.js';
import { findBlueprintOwner } from './find-blueprint-owner.js';
import type { NormalizedRenewOptions } from './normalize-options.js';

/**
 * Only an existing preview can be renewed, only in a cycle after it entered or was last renewed
 * (otherwise its clock would not move), and only under an approved blueprint of its own that it
 * has not used yet.
 */
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
  checkClockMoves(target, options);
  checkApprovedBlueprint(tree, options.blueprint);
  const owner = findBlueprintOwner(tree, options.blueprint, target.name);
  if (owner) {
    throw new GeneratorRefusal(
      `Cannot renew "${requested}": blueprint ${options.blueprint} belongs to ${owner.packageName} (${owner.evidence}); ` +
        `a renewal needs an approved blueprint of its own for ${target.name} (write blueprints/<REF>.md with "package: ${target.name}").`,
    );
  }
  return target;
}

/** The stagnation clock counts from the last approval: renewing in that same cycle resets nothing. */
function checkClockMoves(target: SwitchyardPackage, options: NormalizedRenewOptions): void {
  const last = lastApprovedCycle(target.metadata);
  if (last < options.cycle) return;
  const event = (target.metadata.renewals ?? []).some((renewal) => renewal.cycle === last) ? 'was last renewed' : 'entered preview';
  throw new GeneratorRefusal(
    `Cannot renew "${options.requested}": ${target.name} ${event} in cycle ${last}, and the current cycle is ${options.cycle}; a renewal now would not move its clock. ` +
      'Renew it in a later cycle (npx nx g @switchyard/incubator:open-cycle starts the next one), when its age counts.',
  );
}

function blueprintUse(target: SwitchyardPackage, blueprint: string): string | undefined {
  const { metadata } = target;
  if (metadata.blueprint === blueprint) return `when it entered ${metadata.stability} in cycle ${metadata.enteredCycle}`;
  const renewal = (metadata.renewals ?? []).find((entry) => entry.blueprint === blueprint);
  return renewal ? `for its renewal in cycle ${renewal.cycle}` : undefined;
}
