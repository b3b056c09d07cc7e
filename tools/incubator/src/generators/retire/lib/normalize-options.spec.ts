import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { normalizeRetireOptions } from './normalize-options.js';

describe('normalizeRetireOptions', () => {
  it('finds the package by package name and derives its service name', () => {
    expect(normalizeRetireOptions(createSwitchyardWorkspace(), { name: '@switchyard/dns', reason: ' Superseded\n by BP-0014. ' })).toMatchObject({
      requested: '@switchyard/dns',
      packageName: '@switchyard/dns',
      service: 'dns',
      reason: 'Superseded by BP-0014.',
      cycle: 3,
      target: { version: '0.3.1' },
    });
  });

  it('gives a reason when none is given', () => {
    expect(normalizeRetireOptions(createSwitchyardWorkspace(), { name: 'dns' }).reason).toBe('No longer developed.');
  });
});
