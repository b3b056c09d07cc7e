import type { Tree } from '@nx/devkit';
import { writeChangesetToTree } from '../../../lib/format-changeset.js';
import { type RetiredPackage, recordRetiredPackage } from '../../../lib/retired-packages.js';
import type { SwitchyardPackage } from '../../../lib/switchyard-package.js';
import type { NormalizedRetireOptions } from './normalize-options.js';

export function retirementOf(target: SwitchyardPackage, options: NormalizedRetireOptions): RetiredPackage {
  return {
    name: options.service,
    package: target.name,
    lastVersion: target.version,
    reason: options.reason,
    cycle: options.cycle,
    deprecate: {
      range: `<=${target.version}`,
      message: `${target.name} was a preview and is retired (release cycle ${options.cycle}): ${options.reason} Remove it from service_plugins and [preview] enabled.`,
    },
  };
}

/**
 * retired.json keeps the name from being reused and tells the release flow what to
 * `npm deprecate`. The changeset is an empty one (no release): a changeset naming the package
 * would make `changeset version` fail, since the package is no longer in the workspace.
 */
export async function recordRetirement(tree: Tree, retirement: RetiredPackage): Promise<void> {
  recordRetiredPackage(tree, retirement);
  await writeChangesetToTree(tree, `retire-${retirement.name}`, {
    releases: [],
    summary:
      `Retired the preview ${retirement.package} (last version ${retirement.lastVersion}, cycle ${retirement.cycle}): ${retirement.reason}\n\n` +
      `At release: npm deprecate "${retirement.package}@${retirement.deprecate.range}" "${retirement.deprecate.message}" (recorded in retired.json).`,
  });
}
