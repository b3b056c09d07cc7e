import type { Tree } from '@nx/devkit';
import { removeRootTsconfigReference } from '../../../lib/root-tsconfig-references.js';
import type { SwitchyardPackage } from '../../../lib/switchyard-package.js';

/** Deletes the package folder and its entry in the root tsconfig.json. */
export function removePackage(tree: Tree, target: SwitchyardPackage): void {
  tree.delete(target.root);
  removeRootTsconfigReference(tree, target.root);
}
