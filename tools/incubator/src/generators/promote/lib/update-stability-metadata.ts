import { joinPathFragments, updateJson, type Tree } from '@nx/devkit';
import type { StabilityMetadata } from '@switchyard/sdk';
import type { NormalizedPromoteOptions } from './normalize-options.js';

/** What the package was before promotion, kept so its history survives the move. */
export interface PromotedFrom {
  stability: 'preview';
  folder: string;
  version: string;
  enteredCycle: number;
  renewals?: StabilityMetadata['renewals'];
}

export type PromotedMetadata = StabilityMetadata & { promotedFrom: PromotedFrom };

interface MovedPackageJson {
  version: string;
  description?: string;
  switchyard: StabilityMetadata;
  nx?: { tags?: string[] };
}

/** " PREVIEW: its API and data may still change." at the end of a description. */
const PREVIEW_SENTENCE = /\s*PREVIEW:[^]*$/;

/**
 * Makes package.json say "stable" everywhere it said "preview": the Nx tag (which the module
 * boundary rule reads), the `switchyard` metadata (which the server reads) and the description.
 * The version stays 0.x: the changeset takes it to 1.0.0 on release.
 */
export function updateStabilityMetadata(tree: Tree, options: NormalizedPromoteOptions): void {
  updateJson<MovedPackageJson>(tree, joinPathFragments(options.stableRoot, 'package.json'), (packageJson) => {
    packageJson.switchyard = promotedMetadata(packageJson, options);
    const tags = packageJson.nx?.tags ?? [];
    packageJson.nx = { ...packageJson.nx, tags: [...tags.filter((tag) => tag !== options.previewTag), options.stableTag] };
    if (packageJson.description !== undefined) packageJson.description = packageJson.description.replace(PREVIEW_SENTENCE, '');
    return packageJson;
  });
}

function promotedMetadata(packageJson: MovedPackageJson, options: NormalizedPromoteOptions): PromotedMetadata {
  const { enteredCycle, blueprint, renewals } = packageJson.switchyard;
  const promotedFrom: PromotedFrom = { stability: 'preview', folder: options.previewRoot, version: packageJson.version, enteredCycle };
  if (renewals !== undefined) promotedFrom.renewals = renewals;
  return { stability: 'stable', enteredCycle: options.currentCycle, blueprint, promotedFrom };
}
