import { describe, expect, it } from 'vitest';
import { addSwitchyardPackage, createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { describeOpenedCycle, findAgingPreviews } from './find-aging-previews.js';
import { normalizeOpenCycleOptions } from './normalize-options.js';

describe('findAgingPreviews', () => {
  it('counts from the last renewal and ignores stable packages and young previews', () => {
    const tree = createSwitchyardWorkspace();
    addSwitchyardPackage(tree, 'vpn', { version: '0.1.0', stability: 'preview', enteredCycle: 1, renewals: [{ cycle: 2, blueprint: 'BP-0008' }] });
    addSwitchyardPackage(tree, 'lb', { version: '0.1.0', stability: 'preview', enteredCycle: 3 });
    addSwitchyardPackage(tree, 'old-core', { version: '1.0.0', stability: 'stable', enteredCycle: 1 });
    expect(findAgingPreviews(tree, normalizeOpenCycleOptions(tree, {}))).toEqual([
      { packageName: '@switchyard/firewall', status: 'over-age', age: 3, since: 1 },
      { packageName: '@switchyard/dns', status: 'due', age: 2, since: 2 },
      { packageName: '@switchyard/vpn', status: 'due', age: 2, since: 2 },
    ]);
  });
});

describe('describeOpenedCycle', () => {
  it('names the new cycle and what to do with each aging preview', () => {
    const options = { previousCycle: 1, nextCycle: 2, maxPreviewAgeCycles: 1, previewFolder: 'packages/preview' };
    expect(describeOpenedCycle(options, [{ packageName: '@switchyard/dns', status: 'due', age: 1, since: 1 }])).toBe(
      'Release cycle 2 is open (was 1); previews may stay 1 cycles without renewal.\n  @switchyard/dns: due, 1 cycles since cycle 1; promote, renew or retire it before cycle 3.',
    );
  });
});
