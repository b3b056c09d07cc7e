import { joinPathFragments, readNxJson, type Tree } from '@nx/devkit';
import type { GraduationCriteria } from '../../../lib/graduation-criteria.js';
import { readIncubatorConfig } from '../../../lib/incubator-config.js';
import { readReleaseCycleFromTree } from '../../../lib/release-cycle.js';
import { GeneratorRefusal } from '../../../lib/generator-refusal.js';
import { readServiceName } from '../../../lib/read-service-name.js';
import type { PromoteGeneratorSchema } from '../schema.js';

/** Everything the later steps need, worked out once from the command line and nx.json. */
export interface NormalizedPromoteOptions {
  /** Folder name, e.g. "firewall". */
  name: string;
  /** npm package name, which is also the Nx project name: "@switchyard/firewall". */
  packageName: string;
  /** The service name its plugin declares: switchyard.toml and migration history use it. */
  serviceName: string;
  previewRoot: string;
  stableRoot: string;
  previewTag: string;
  stableTag: string;
  currentCycle: number;
  /** The default graduation criteria (nx.json); the blueprint's may add to them. */
  graduation: GraduationCriteria;
}

const PACKAGE_SCOPE = '@switchyard';
const FOLDER_NAME = /^[a-z][a-z0-9-]*$/;

export function normalizeOptions(tree: Tree, schema: PromoteGeneratorSchema): NormalizedPromoteOptions {
  const name = schema.name?.trim() ?? '';
  if (!FOLDER_NAME.test(name)) {
    throw new GeneratorRefusal(
      `"${name}" is not a package folder name: give the folder under packages/preview, such as "firewall" (not "@switchyard/firewall" or a path).`,
    );
  }
  const config = readIncubatorConfig(readNxJson(tree), readReleaseCycleFromTree(tree));
  const previewRoot = joinPathFragments(config.folders.preview, name);
  return {
    name,
    packageName: `${PACKAGE_SCOPE}/${name}`,
    serviceName: readServiceName(tree, previewRoot) ?? name,
    previewRoot,
    stableRoot: joinPathFragments(config.folders.stable, name),
    previewTag: config.stabilityTags.preview,
    stableTag: config.stabilityTags.stable,
    currentCycle: config.currentReleaseCycle,
    graduation: config.graduation,
  };
}
