import type { Tree } from '@nx/devkit';
import { writeChangesetToTree } from '../../../lib/format-changeset.js';
import type { NormalizedPreviewOptions } from './normalize-options.js';

/** A minor release of the new package: changesets publishes its first version, 0.1.0, from it. */
export function writePreviewChangeset(tree: Tree, options: NormalizedPreviewOptions): Promise<string> {
  return writeChangesetToTree(tree, `preview-${options.name}`, {
    releases: [{ name: options.packageName, type: 'minor' }],
    summary: `New preview service ${options.packageName} (blueprint ${options.blueprint}, release cycle ${options.cycle}): ${options.description} Operators opt in with service_plugins and [preview] enabled in switchyard.toml.`,
  });
}
