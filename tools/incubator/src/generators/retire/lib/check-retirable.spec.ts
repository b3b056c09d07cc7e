import { describe, expect, it } from 'vitest';
import { addSwitchyardPackage, createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { checkRetirable } from './check-retirable.js';
import { normalizeRetireOptions } from './normalize-options.js';

describe('checkRetirable', () => {
  it('returns a preview nothing depends on', () => {
    const tree = createSwitchyardWorkspace();
    expect(checkRetirable(tree, normalizeRetireOptions(tree, { name: 'dns' })).root).toBe('packages/preview/dns');
  });

  it('names the single dependent', () => {
    const tree = createSwitchyardWorkspace();
    addSwitchyardPackage(tree, 'vpn', { version: '0.1.0', stability: 'preview', dependencies: { '@switchyard/dns': '^0.3.0' } });
    expect(() => checkRetirable(tree, normalizeRetireOptions(tree, { name: 'dns' }))).toThrow(
      'Cannot retire "dns": @switchyard/vpn (packages/preview/vpn/package.json) still depends on @switchyard/dns. Remove those dependencies first.',
    );
  });

  it('refuses stable and unknown packages', () => {
    const tree = createSwitchyardWorkspace();
    expect(() => checkRetirable(tree, normalizeRetireOptions(tree, { name: 'sdk' }))).toThrow('Cannot retire "sdk": @switchyard/sdk is stable');
    expect(() => checkRetirable(tree, normalizeRetireOptions(tree, { name: '' }))).toThrow('Cannot retire "": there is no workspace package @switchyard/.');
  });
});
