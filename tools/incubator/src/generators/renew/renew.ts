import { type GeneratorCallback, type Tree, logger } from '@nx/devkit';
import { addRenewal } from './lib/add-renewal.js';
import { checkRenewable } from './lib/check-renewable.js';
import { normalizeRenewOptions } from './lib/normalize-options.js';
import type { RenewGeneratorSchema } from './schema.js';

/**
 * `nx g @switchyard/incubator:renew <name> --blueprint <ref>`. Writes no changeset: a renewal
 * changes no code or API, only lifecycle metadata the policy check reads from this repository,
 * and a release just to republish it would give users a version with nothing in it.
 */
export async function renewGenerator(tree: Tree, schema: RenewGeneratorSchema): Promise<GeneratorCallback> {
  const options = normalizeRenewOptions(tree, schema);
  const target = checkRenewable(tree, options);

  addRenewal(tree, target, options);
  return () => logger.info(`${target.name} renewed in cycle ${options.cycle} under ${options.blueprint}; its preview age counts from cycle ${options.cycle} again.`);
}

export default renewGenerator;
