import { readJson, updateJson } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { incrementCycle } from './increment-cycle.js';
import { normalizeOpenCycleOptions } from './normalize-options.js';

describe('incrementCycle', () => {
  it('writes the next cycle to release-cycle.json and leaves nx.json untouched once the cycle lives there', () => {
    const tree = createSwitchyardWorkspace();
    updateJson(tree, 'nx.json', (json) => ({ ...json, pluginsConfig: { '@switchyard/incubator': { maxPreviewAgeCycles: 2 } } }));
    tree.write('release-cycle.json', '{ "currentReleaseCycle": 7 }\n');
    const nxJsonBefore = tree.read('nx.json', 'utf-8');
    incrementCycle(tree, normalizeOpenCycleOptions(tree, {}));
    expect(tree.read('release-cycle.json', 'utf-8')).toBe('{\n  "currentReleaseCycle": 8\n}\n');
    expect(tree.read('nx.json', 'utf-8')).toBe(nxJsonBefore);
  });

  it('moves a cycle still kept in nx.json out of it, keeping the other settings', () => {
    const tree = createSwitchyardWorkspace();
    updateJson(tree, 'nx.json', (json) => ({ ...json, pluginsConfig: { ...json.pluginsConfig, other: { keep: true } } }));
    incrementCycle(tree, normalizeOpenCycleOptions(tree, {}));
    expect(readJson(tree, 'release-cycle.json')).toEqual({ currentReleaseCycle: 4 });
    const nxJson = readJson(tree, 'nx.json');
    expect(nxJson.pluginsConfig).toEqual({ '@switchyard/incubator': { maxPreviewAgeCycles: 2 }, other: { keep: true } });
    expect(nxJson.affected ?? nxJson.targetDefaults).toBeDefined();
  });

  it('starts at cycle 2 when neither file names a cycle (cycle 1 by default)', () => {
    const tree = createSwitchyardWorkspace();
    updateJson(tree, 'nx.json', (json) => ({ ...json, pluginsConfig: undefined }));
    incrementCycle(tree, normalizeOpenCycleOptions(tree, {}));
    expect(readJson(tree, 'release-cycle.json')).toEqual({ currentReleaseCycle: 2 });
    expect(readJson(tree, 'nx.json').pluginsConfig).toBeUndefined();
  });
});
