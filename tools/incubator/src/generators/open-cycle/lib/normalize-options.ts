import { type Tree, readNxJson } from '@nx/devkit';
import { readIncubatorConfig } from '../../../lib/incubator-config.js';
import { GeneratorRefusal } from '../../../lib/generator-refusal.js';
import type { OpenCycleGeneratorSchema } from '../schema.js';

export interface NormalizedOpenCycleOptions {
  previousCycle: number;
  nextCycle: number;
  maxPreviewAgeCycles: number;
  previewFolder: string;
}

export function normalizeOpenCycleOptions(tree: Tree, options: OpenCycleGeneratorSchema): NormalizedOpenCycleOptions {
  const config = readIncubatorConfig(readNxJson(tree));
  const nextCycle = config.currentReleaseCycle + 1;
  if (options.cycle !== undefined && options.cycle !== nextCycle) {
    throw new GeneratorRefusal(
      `Cannot open cycle ${options.cycle}: the current cycle is ${config.currentReleaseCycle} (nx.json pluginsConfig["@switchyard/incubator"].currentReleaseCycle), so the next one is ${nextCycle}.` +
        (options.cycle === config.currentReleaseCycle ? ' It is already open.' : ''),
    );
  }
  return { previousCycle: config.currentReleaseCycle, nextCycle, maxPreviewAgeCycles: config.maxPreviewAgeCycles, previewFolder: config.folders.preview };
}
