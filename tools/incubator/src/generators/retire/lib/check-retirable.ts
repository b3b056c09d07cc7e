import type { Tree } from '@nx/devkit';
import { GeneratorRefusal } from '../../../lib/generator-refusal.js';
import type { SwitchyardPackage } from '../../../lib/switchyard-package.js';
import { findDependents } from '../../../lib/workspace-packages.js';
import type { NormalizedRetireOptions } from './normalize-options.js';

/** Only a preview nothing depends on can go: stable packages follow a deprecation policy instead. */
export function checkRetirable(tree: Tree, options: NormalizedRetireOptions): SwitchyardPackage {
  const { target, requested } = options;
  if (!target) {
    throw new GeneratorRefusal(`Cannot retire "${requested}": there is no workspace package ${options.packageName}. Check the name (ls packages/preview).`);
  }
  if (target.metadata.stability !== 'preview') {
    throw new GeneratorRefusal(
      `Cannot retire "${requested}": ${target.name} is ${target.metadata.stability} (${target.packageJsonPath}); only previews can be retired. Stable packages are deprecated through a major release instead.`,
    );
  }
  const dependents = findDependents(tree, target.name).filter((dependent) => dependent.name !== target.name);
  if (dependents.length > 0) {
    const names = dependents.map((dependent) => `${dependent.name} (${dependent.root}/package.json)`).join(', ');
    throw new GeneratorRefusal(`Cannot retire "${requested}": ${names} still depend${dependents.length === 1 ? 's' : ''} on ${target.name}. Remove those dependencies first.`);
  }
  return target;
}
