import { type GeneratorCallback, type Tree, logger } from '@nx/devkit';
import { describeOpenedCycle, findAgingPreviews } from './lib/find-aging-previews.js';
import { incrementCycle } from './lib/increment-cycle.js';
import { normalizeOpenCycleOptions } from './lib/normalize-options.js';
import type { OpenCycleGeneratorSchema } from './schema.js';

/** `nx g @switchyard/incubator:open-cycle`: the release flow starts the next cycle with it. */
export async function openCycleGenerator(tree: Tree, schema: OpenCycleGeneratorSchema): Promise<GeneratorCallback> {
  const options = normalizeOpenCycleOptions(tree, schema);
  const aging = findAgingPreviews(tree, options);

  incrementCycle(tree, options);
  return () => logger.info(describeOpenedCycle(options, aging));
}

export default openCycleGenerator;
