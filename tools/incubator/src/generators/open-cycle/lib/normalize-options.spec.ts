import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { normalizeOpenCycleOptions } from './normalize-options.js';

describe('normalizeOpenCycleOptions', () => {
  it('computes the next cycle from nx.json', () => {
    expect(normalizeOpenCycleOptions(createSwitchyardWorkspace(), {})).toEqual({ previousCycle: 3, nextCycle: 4, maxPreviewAgeCycles: 2, previewFolder: 'packages/preview' });
    expect(normalizeOpenCycleOptions(createSwitchyardWorkspace(), { cycle: 4 }).nextCycle).toBe(4);
  });

  it('refuses a --cycle other than the next one', () => {
    expect(() => normalizeOpenCycleOptions(createSwitchyardWorkspace(), { cycle: 5 })).toThrow('Cannot open cycle 5: the current cycle is 3');
  });
});
