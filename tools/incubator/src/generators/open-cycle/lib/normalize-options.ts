import { type Tree, readNxJson } from '@nx/devkit';
import { INCUBATOR_PLUGIN, readIncubatorConfig } from '../../../lib/incubator-config.js';
import { RELEASE_CYCLE_FILE, readReleaseCycleFromTree } from '../../../lib/release-cycle.js';
import { GeneratorRefusal } from '../../../lib/generator-refusal.js';
import type { OpenCycleGeneratorSchema } from '../schema.js';

export interface NormalizedOpenCycleOptions {
  previousCycle: number;
  nextCycle: number;
  maxPreviewAgeCycles: number;
  previewFolder: string;
}

export function normalizeOpenCycleOptions(tree: Tree, options: OpenCycleGeneratorSchema): NormalizedOpenCycleOptions {
  const releaseCycle = readReleaseCycleFromTree(tree);
  const config = readIncubatorConfig(readNxJson(tree), releaseCycle);
  const nextCycle = config.currentReleaseCycle + 1;
  if (options.cycle !== undefined && options.cycle !== nextCycle) {
    // Names where the cycle was read: a workspace not yet moved keeps it in nx.json.
    const source = releaseCycle === undefined ? `nx.json pluginsConfig["${INCUBATOR_PLUGIN}"].currentReleaseCycle` : `${RELEASE_CYCLE_FILE} currentReleaseCycle`;
    throw new GeneratorRefusal(
      `Cannot open cycle ${options.cycle}: the current cycle is ${config.currentReleaseCycle} (${source}), so the next one is ${nextCycle}.` +
        (options.cycle === config.currentReleaseCycle ? ' It is already open.' : ''),
    );
  }
  return { previousCycle: config.currentReleaseCycle, nextCycle, maxPreviewAgeCycles: config.maxPreviewAgeCycles, previewFolder: config.folders.preview };
}
