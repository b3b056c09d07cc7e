import { updateJson } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { normalizeOpenCycleOptions } from './normalize-options.js';

/** The workspace with its cycle moved to release-cycle.json, as open-cycle leaves it. */
function movedWorkspace(cycle: unknown) {
  const tree = createSwitchyardWorkspace();
  updateJson(tree, 'nx.json', (json) => ({ ...json, pluginsConfig: { '@switchyard/incubator': { maxPreviewAgeCycles: 2 } } }));
  tree.write('release-cycle.json', JSON.stringify({ currentReleaseCycle: cycle }));
  return tree;
}

describe('normalizeOpenCycleOptions', () => {
  it('computes the next cycle from nx.json when the workspace has no release-cycle.json yet', () => {
    expect(normalizeOpenCycleOptions(createSwitchyardWorkspace(), {})).toEqual({ previousCycle: 3, nextCycle: 4, maxPreviewAgeCycles: 2, previewFolder: 'packages/preview' });
    expect(normalizeOpenCycleOptions(createSwitchyardWorkspace(), { cycle: 4 }).nextCycle).toBe(4);
  });

  it('reads the cycle from release-cycle.json', () => {
    expect(normalizeOpenCycleOptions(movedWorkspace(5), {})).toMatchObject({ previousCycle: 5, nextCycle: 6 });
  });

  it('refuses a --cycle other than the next one, naming where the cycle was read', () => {
    expect(() => normalizeOpenCycleOptions(createSwitchyardWorkspace(), { cycle: 5 })).toThrow(
      'Cannot open cycle 5: the current cycle is 3 (nx.json pluginsConfig["@switchyard/incubator"].currentReleaseCycle), so the next one is 4.',
    );
    expect(() => normalizeOpenCycleOptions(movedWorkspace(5), { cycle: 5 })).toThrow(
      'Cannot open cycle 5: the current cycle is 5 (release-cycle.json currentReleaseCycle), so the next one is 6. It is already open.',
    );
  });

  it('refuses a release-cycle.json that holds no cycle, is not JSON, or leaves a second cycle in nx.json', () => {
    expect(() => normalizeOpenCycleOptions(movedWorkspace('three'), {})).toThrow('release-cycle.json: currentReleaseCycle is "three"; expected a non-negative integer');
    const broken = movedWorkspace(1);
    broken.write('release-cycle.json', '{ currentReleaseCycle: 1 }');
    expect(() => normalizeOpenCycleOptions(broken, {})).toThrow(/^release-cycle\.json is not valid JSON \(.+\); expected \{"currentReleaseCycle": <non-negative integer>\}$/);
    const both = createSwitchyardWorkspace();
    both.write('release-cycle.json', '{ "currentReleaseCycle": 3 }');
    expect(() => normalizeOpenCycleOptions(both, {})).toThrow(
      'nx.json: pluginsConfig["@switchyard/incubator"].currentReleaseCycle is set, but the current cycle lives in release-cycle.json; remove it from nx.json',
    );
  });
});
