import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { normalizeRetireOptions } from './normalize-options.js';
import { planSwitchyardToml, writeSwitchyardToml } from './plan-switchyard-toml.js';

describe('planSwitchyardToml', () => {
  it('plans the edit without writing, and writes it on request', () => {
    const tree = createSwitchyardWorkspace();
    const before = tree.read('switchyard.toml', 'utf-8');
    const edit = planSwitchyardToml(tree, normalizeRetireOptions(tree, { name: 'dns' }));
    expect(edit?.removed).toEqual(['service_plugins', '[preview] enabled', '[plugins.dns]']);
    expect(tree.read('switchyard.toml', 'utf-8')).toBe(before);
    writeSwitchyardToml(tree, edit);
    expect(tree.read('switchyard.toml', 'utf-8')).toBe(edit?.text);
  });

  it('plans nothing without a switchyard.toml', () => {
    const tree = createSwitchyardWorkspace();
    tree.delete('switchyard.toml');
    expect(planSwitchyardToml(tree, normalizeRetireOptions(tree, { name: 'dns' }))).toBeUndefined();
    writeSwitchyardToml(tree, undefined);
    expect(tree.exists('switchyard.toml')).toBe(false);
  });
});
