import { type Tree, logger, readJson } from '@nx/devkit';
import { lastApprovedCycle, readStabilityMetadata } from '@switchyard/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addSwitchyardPackage, createSwitchyardWorkspace, snapshotTree } from '../../lib/switchyard-test-workspace.js';
import { renewGenerator } from './renew.js';

afterEach(() => vi.restoreAllMocks());

function workspace(): Tree {
  const tree = createSwitchyardWorkspace();
  addSwitchyardPackage(tree, 'vpn', { version: '0.2.0', stability: 'preview', enteredCycle: 1, renewals: [{ cycle: 2, blueprint: 'BP-0007' }] });
  return tree;
}

describe('renew generator', () => {
  it('appends {cycle, blueprint} to switchyard.renewals, resetting the stagnation clock', async () => {
    const tree = workspace();
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    const callback = await renewGenerator(tree, { name: 'vpn', blueprint: 'BP-0008' });
    const packageJson = readJson(tree, 'packages/preview/vpn/package.json');
    expect(packageJson.switchyard).toEqual({
      stability: 'preview',
      enteredCycle: 1,
      blueprint: 'BP-0001',
      renewals: [
        { cycle: 2, blueprint: 'BP-0007' },
        { cycle: 3, blueprint: 'BP-0008' },
      ],
    });
    expect(lastApprovedCycle(readStabilityMetadata(packageJson, 'package.json'))).toBe(3);
    expect(packageJson.version).toBe('0.2.0');
    expect(tree.listChanges().filter((change) => change.path.startsWith('.changeset/'))).toEqual([]);
    await callback();
    expect(info).toHaveBeenCalledWith('@switchyard/vpn renewed in cycle 3 under BP-0008; its preview age counts from cycle 3 again.');
  });

  it('starts the renewals list of a preview never renewed, by package name too', async () => {
    const tree = workspace();
    await renewGenerator(tree, { name: '@switchyard/dns', blueprint: 'BP-0008' });
    expect(readJson(tree, 'packages/preview/dns/package.json').switchyard.renewals).toEqual([{ cycle: 3, blueprint: 'BP-0008' }]);
  });
});

describe('renew generator refusals leave the tree untouched', () => {
  /** Runs the generator, expecting it to throw, and checks the tree did not change either way. */
  async function refused(name: string, blueprint: string): Promise<void> {
    const tree = workspace();
    const before = snapshotTree(tree);
    try {
      await renewGenerator(tree, { name, blueprint });
    } finally {
      expect(snapshotTree(tree)).toEqual(before);
    }
  }

  it('refuses an unknown package', async () => {
    await expect(refused('nope', 'BP-0008')).rejects.toThrow('Cannot renew "nope": there is no workspace package @switchyard/nope. Check the name (ls packages/preview).');
  });

  it('refuses a workspace package without lifecycle metadata, naming the file', async () => {
    await expect(refused('incubator', 'BP-0008')).rejects.toThrow('tools/incubator/package.json: missing "switchyard" field');
  });

  it('refuses a stable package', async () => {
    await expect(refused('sdk', 'BP-0008')).rejects.toThrow('Cannot renew "sdk": @switchyard/sdk is stable (packages/core/sdk/package.json); only previews have a stagnation clock to reset.');
  });

  it('refuses a blueprint the package used before, at entry or in a renewal', async () => {
    await expect(refused('vpn', 'BP-0007')).rejects.toThrow('Cannot renew "vpn": @switchyard/vpn already used blueprint BP-0007 (for its renewal in cycle 2); a renewal needs a new approved blueprint that says why it should stay in preview.');
    await expect(refused('vpn', 'BP-0001')).rejects.toThrow('already used blueprint BP-0001 (when it entered preview in cycle 1)');
  });

  it('refuses a missing or unapproved blueprint', async () => {
    await expect(refused('vpn', 'BP-0404')).rejects.toThrow('Blueprint BP-0404 not found: expected blueprints/BP-0404.md');
    await expect(refused('vpn', 'BP-0009')).rejects.toThrow('Blueprint BP-0009 is not approved: blueprints/BP-0009.md has status "draft"');
  });
});
