import { type Tree, readNxJson, updateNxJson } from '@nx/devkit';
import { INCUBATOR_PLUGIN } from '../../../lib/incubator-config.js';
import { RELEASE_CYCLE_FILE, formatReleaseCycle } from '../../../lib/release-cycle.js';
import type { NormalizedOpenCycleOptions } from './normalize-options.js';

/**
 * Writes the new cycle into release-cycle.json, the one file it changes, so opening a cycle
 * leaves every Nx task's inputs but the policy check's alone. A workspace still keeping the
 * cycle in nx.json has it moved out (once).
 */
export function incrementCycle(tree: Tree, options: NormalizedOpenCycleOptions): void {
  tree.write(RELEASE_CYCLE_FILE, formatReleaseCycle(options.nextCycle));
  moveCycleOutOfNxJson(tree);
}

function moveCycleOutOfNxJson(tree: Tree): void {
  const nxJson = readNxJson(tree);
  const policy = nxJson?.pluginsConfig?.[INCUBATOR_PLUGIN] as Record<string, unknown> | undefined;
  if (nxJson === null || policy === undefined || !Object.hasOwn(policy, 'currentReleaseCycle')) return;
  const rest = { ...policy };
  delete rest.currentReleaseCycle;
  updateNxJson(tree, { ...nxJson, pluginsConfig: { ...nxJson.pluginsConfig, [INCUBATOR_PLUGIN]: rest } });
}
