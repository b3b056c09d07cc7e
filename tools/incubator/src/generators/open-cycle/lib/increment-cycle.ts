import { isDeepStrictEqual } from 'node:util';
import { type Tree, parseJson, readNxJson, updateNxJson } from '@nx/devkit';
import { INCUBATOR_PLUGIN } from '../../../lib/incubator-config.js';
import type { NormalizedOpenCycleOptions } from './normalize-options.js';

/**
 * Writes the new cycle into nx.json, keeping the rest of the policy. When the file has the one
 * `"currentReleaseCycle": <n>` it is changed in place, so the release commit shows a one-line
 * diff; otherwise nx.json is rewritten through Nx.
 */
export function incrementCycle(tree: Tree, options: NormalizedOpenCycleOptions): void {
  const nxJson = readNxJson(tree) ?? {};
  const policy = (nxJson.pluginsConfig?.[INCUBATOR_PLUGIN] ?? {}) as Record<string, unknown>;
  const expected = { ...nxJson, pluginsConfig: { ...nxJson.pluginsConfig, [INCUBATOR_PLUGIN]: { ...policy, currentReleaseCycle: options.nextCycle } } };
  const edited = editCycleInPlace(tree.read('nx.json', 'utf-8') ?? '', options.nextCycle);
  if (edited !== undefined && isDeepStrictEqual(parseJson(edited), expected)) tree.write('nx.json', edited);
  else updateNxJson(tree, expected);
}

function editCycleInPlace(text: string, cycle: number): string | undefined {
  const pattern = /("currentReleaseCycle"\s*:\s*)\d+/g;
  if ((text.match(pattern) ?? []).length !== 1) return undefined;
  return text.replace(pattern, `$1${cycle}`);
}
