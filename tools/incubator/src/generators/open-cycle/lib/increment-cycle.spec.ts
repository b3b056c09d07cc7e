import { readJson, updateJson } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { incrementCycle } from './increment-cycle.js';
import { normalizeOpenCycleOptions } from './normalize-options.js';

describe('incrementCycle', () => {
  it('changes only the number in a hand-formatted nx.json', () => {
    const tree = createSwitchyardWorkspace();
    const text = '{\n  "targetDefaults": { "build": { "dependsOn": ["^build"] } },\n  "pluginsConfig": {\n    "@switchyard/incubator": { "currentReleaseCycle": 3, "maxPreviewAgeCycles": 2 }\n  }\n}\n';
    tree.write('nx.json', text);
    incrementCycle(tree, normalizeOpenCycleOptions(tree, {}));
    expect(tree.read('nx.json', 'utf-8')).toBe(text.replace('"currentReleaseCycle": 3', '"currentReleaseCycle": 4'));
  });

  it('writes the next cycle and keeps the other settings of nx.json', () => {
    const tree = createSwitchyardWorkspace();
    updateJson(tree, 'nx.json', (json) => ({ ...json, pluginsConfig: { ...json.pluginsConfig, other: { keep: true } } }));
    incrementCycle(tree, normalizeOpenCycleOptions(tree, {}));
    const nxJson = readJson(tree, 'nx.json');
    expect(nxJson.pluginsConfig).toEqual({ '@switchyard/incubator': { currentReleaseCycle: 4, maxPreviewAgeCycles: 2 }, other: { keep: true } });
    expect(nxJson.affected ?? nxJson.targetDefaults).toBeDefined();
  });

  it('starts the policy when nx.json has none (cycle 1 by default)', () => {
    const tree = createSwitchyardWorkspace();
    updateJson(tree, 'nx.json', (json) => ({ ...json, pluginsConfig: undefined }));
    incrementCycle(tree, normalizeOpenCycleOptions(tree, {}));
    expect(readJson(tree, 'nx.json').pluginsConfig).toEqual({ '@switchyard/incubator': { currentReleaseCycle: 2 } });
  });
});
