import { describe, expect, it } from 'vitest';
import { config, previewPackage, snapshotOf, withProject } from '../../../tests/policy/snapshot-builders.js';
import { checkPreviewAge } from './preview-age.js';

const FIX =
  'promote: npx nx g @switchyard/incubator:promote firewall; or renew: npx nx g @switchyard/incubator:renew firewall --blueprint <REF>; or retire: npx nx g @switchyard/incubator:retire firewall';

function atCycle(currentReleaseCycle: number) {
  return snapshotOf({ config: { ...config, currentReleaseCycle } });
}

describe('preview-age', () => {
  it('passes a preview younger than the limit', () => {
    expect(checkPreviewAge(atCycle(2))).toEqual([]);
  });

  it('warns when a preview reaches the limit', () => {
    expect(checkPreviewAge(atCycle(3))).toEqual([
      {
        rule: 'preview-age',
        severity: 'warning',
        file: 'packages/preview/firewall/package.json',
        message: '@switchyard/firewall has been a preview for 2 release cycles (since cycle 1), the limit of 2: from cycle 4 this check fails unless it is promoted, renewed with a new blueprint, or retired.',
        fix: FIX,
      },
    ]);
  });

  it('fails a preview over the limit, with the three commands', () => {
    expect(checkPreviewAge(atCycle(4))).toEqual([
      {
        rule: 'preview-age',
        severity: 'error',
        file: 'packages/preview/firewall/package.json',
        message: '@switchyard/firewall has been a preview for 3 release cycles (since cycle 1), over the limit of 2: promote, renew with a new blueprint, or retire it.',
        fix: FIX,
      },
    ]);
  });

  it('counts from the latest renewal', () => {
    const renewed = previewPackage('firewall', { switchyard: { stability: 'preview', enteredCycle: 1, blueprint: 'BP-0002', renewals: [{ cycle: 3, blueprint: 'BP-0007' }] } });
    expect(checkPreviewAge({ ...withProject(renewed), config: { ...config, currentReleaseCycle: 4 } })).toEqual([]);
  });
});
