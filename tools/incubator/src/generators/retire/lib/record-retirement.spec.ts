import { readJson } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { checkRetirable } from './check-retirable.js';
import { normalizeRetireOptions } from './normalize-options.js';
import { recordRetirement, retirementOf } from './record-retirement.js';

describe('recordRetirement', () => {
  it('describes what to deprecate: every version up to the last one', () => {
    const tree = createSwitchyardWorkspace();
    const options = normalizeRetireOptions(tree, { name: 'dns', reason: 'Gone.' });
    expect(retirementOf(checkRetirable(tree, options), options)).toEqual({
      name: 'dns',
      package: '@switchyard/dns',
      lastVersion: '0.3.1',
      reason: 'Gone.',
      cycle: 3,
      deprecate: { range: '<=0.3.1', message: '@switchyard/dns was a preview and is retired (release cycle 3): Gone. Remove it from service_plugins and [preview] enabled.' },
    });
  });

  it('writes retired.json and an empty changeset', async () => {
    const tree = createSwitchyardWorkspace();
    const options = normalizeRetireOptions(tree, { name: 'dns' });
    await recordRetirement(tree, retirementOf(checkRetirable(tree, options), options));
    expect(readJson(tree, 'retired.json').retired).toHaveLength(1);
    expect(tree.read('.changeset/retire-dns.md', 'utf-8')).toMatch(/^---\n---\n\nRetired the preview @switchyard\/dns /);
  });
});
