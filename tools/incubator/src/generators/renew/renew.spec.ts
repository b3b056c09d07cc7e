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

  it('takes a blueprint whose front matter names the package itself', async () => {
    const tree = workspace();
    tree.write('blueprints/BP-0011.md', '---\nref: BP-0011\nstatus: approved\npackage: "@switchyard/vpn"\n---\n# VPN, phase 2\n');
    await renewGenerator(tree, { name: 'vpn', blueprint: 'BP-0011' });
    expect(readJson(tree, 'packages/preview/vpn/package.json').switchyard.renewals.at(-1)).toEqual({ cycle: 3, blueprint: 'BP-0011' });
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
    return refusedIn(() => undefined, name, blueprint);
  }

  async function refusedIn(prepare: (tree: Tree) => void, name: string, blueprint: string): Promise<void> {
    const tree = workspace();
    prepare(tree);
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

  it('refuses a renewal in the cycle it entered or was last renewed, which would not move its clock', async () => {
    const sameCycle = (tree: Tree) => addSwitchyardPackage(tree, 'lb', { version: '0.1.0', stability: 'preview', enteredCycle: 3 });
    await expect(refusedIn(sameCycle, 'lb', 'BP-0008')).rejects.toThrow(
      'Cannot renew "lb": @switchyard/lb entered preview in cycle 3, and the current cycle is 3; a renewal now would not move its clock. Renew it in a later cycle (npx nx g @switchyard/incubator:open-cycle starts the next one), when its age counts.',
    );
    const renewedNow = (tree: Tree) => addSwitchyardPackage(tree, 'lb', { version: '0.1.0', stability: 'preview', enteredCycle: 1, renewals: [{ cycle: 3, blueprint: 'BP-0007' }] });
    await expect(refusedIn(renewedNow, 'lb', 'BP-0008')).rejects.toThrow('Cannot renew "lb": @switchyard/lb was last renewed in cycle 3, and the current cycle is 3;');
  });

  it("refuses another package's blueprint: one it entered or was renewed under, or one whose front matter names it", async () => {
    await expect(refused('dns', 'BP-0007')).rejects.toThrow(
      'Cannot renew "dns": blueprint BP-0007 belongs to @switchyard/vpn (packages/preview/vpn/package.json names it for its renewal in cycle 2); a renewal needs an approved blueprint of its own for @switchyard/dns (write blueprints/<REF>.md with "package: @switchyard/dns").',
    );
    const vpnBlueprint = (tree: Tree) => tree.write('blueprints/BP-0010.md', '---\nref: BP-0010\npackage: vpn\nstatus: approved\n---\n# VPN, phase 2\n');
    await expect(refusedIn(vpnBlueprint, 'dns', 'BP-0010')).rejects.toThrow('Cannot renew "dns": blueprint BP-0010 belongs to @switchyard/vpn (blueprints/BP-0010.md says "package: vpn")');
  });

  it('refuses a missing or unapproved blueprint', async () => {
    await expect(refused('vpn', 'BP-0404')).rejects.toThrow('Blueprint BP-0404 not found: expected blueprints/BP-0404.md');
    await expect(refused('vpn', 'BP-0009')).rejects.toThrow('Blueprint BP-0009 is not approved: blueprints/BP-0009.md has status "draft"');
  });
});
