import type { Tree } from '@nx/devkit';
import { writeChangesetToTree, type ChangesetContent } from '../../../lib/format-changeset.js';
import type { NormalizedPromoteOptions } from './normalize-options.js';

/** A major bump from 0.x: `changeset version` turns it into 1.0.0, the first stable version. */
/** `report`: the stabilization report's summary, a second paragraph. */
export function promotionChangeset(options: NormalizedPromoteOptions, report?: string): ChangesetContent {
  return {
    summary:
      `Promoted to stable: ${options.name} (${options.packageName}) moves from ${options.previewRoot} to ${options.stableRoot} ` +
      `and reaches 1.0.0. Its API and stored data now follow semantic versioning, and operators no longer need to list ` +
      `"${options.serviceName}" under [preview] enabled.${report === undefined ? '' : `\n\n${report}`}`,
    releases: [{ name: options.packageName, type: 'major' }],
  };
}

/** Rendered by @changesets/write, written through the Tree (see renderChangeset). Returns the file written. */
export function writePromotionChangeset(tree: Tree, options: NormalizedPromoteOptions, report?: string): Promise<string> {
  return writeChangesetToTree(tree, `promote-${options.name}`, promotionChangeset(options, report));
}
