import { describe, expect, it } from 'vitest';
import { formatReleasePlan } from './format-release-plan.js';

describe('formatReleasePlan', () => {
  it('aligns one row per package: name, old -> new version, bump, stability', () => {
    const text = formatReleasePlan([
      { packageName: '@switchyard/firewall', oldVersion: '0.1.0', newVersion: '0.2.0', bump: 'minor', stability: 'preview' },
      { packageName: '@switchyard/server', oldVersion: '1.0.0', newVersion: '1.0.1', bump: 'patch', stability: 'stable' },
    ]);
    expect(text).toBe(
      [
        'package               version         bump   stability',
        '--------------------  --------------  -----  ---------',
        '@switchyard/firewall  0.1.0 -> 0.2.0  minor  preview',
        '@switchyard/server    1.0.0 -> 1.0.1  patch  stable',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing changes', () => {
    expect(formatReleasePlan([])).toBe('No pending changesets: no version changes.\n');
  });
});
