import { type Tree, logger, readJson } from '@nx/devkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addSwitchyardPackage, createSwitchyardWorkspace, snapshotTree } from '../../lib/switchyard-test-workspace.js';
import { openCycleGenerator } from './open-cycle.js';

afterEach(() => vi.restoreAllMocks());

/** Cycle 3 now, previews allowed 2 cycles: firewall entered in 1, dns in 2, vpn renewed in 3. */
function workspace(): Tree {
  const tree = createSwitchyardWorkspace();
  addSwitchyardPackage(tree, 'vpn', { version: '0.1.0', stability: 'preview', enteredCycle: 1, renewals: [{ cycle: 3, blueprint: 'BP-0008' }] });
  return tree;
}

describe('open-cycle generator', () => {
  it('writes the next cycle to release-cycle.json and keeps the rest of the policy in nx.json', async () => {
    const tree = workspace();
    await openCycleGenerator(tree, {});
    expect(readJson(tree, 'release-cycle.json')).toEqual({ currentReleaseCycle: 4 });
    expect(readJson(tree, 'nx.json').pluginsConfig['@switchyard/incubator']).toEqual({ maxPreviewAgeCycles: 2 });
  });

  it('opens one cycle after another from release-cycle.json, touching nx.json no more', async () => {
    const tree = workspace();
    await openCycleGenerator(tree, {});
    const nxJson = tree.read('nx.json', 'utf-8');
    await openCycleGenerator(tree, { cycle: 5 });
    expect(readJson(tree, 'release-cycle.json')).toEqual({ currentReleaseCycle: 5 });
    expect(tree.read('nx.json', 'utf-8')).toBe(nxJson);
  });

  it('prints which previews become due or over-age', async () => {
    const tree = workspace();
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    await (await openCycleGenerator(tree, { cycle: 4 }))();
    expect(info).toHaveBeenCalledWith(
      [
        'Release cycle 4 is open (was 3); previews may stay 2 cycles without renewal.',
        '  @switchyard/firewall: over-age, 3 cycles since cycle 1; the policy check fails until it is promoted, renewed (--blueprint) or retired.',
        '  @switchyard/dns: due, 2 cycles since cycle 2; promote, renew or retire it before cycle 5.',
      ].join('\n'),
    );
  });

  it('says so when no preview is aging', async () => {
    const tree = createSwitchyardWorkspace();
    tree.delete('packages/preview');
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    await (await openCycleGenerator(tree, {}))();
    expect(info).toHaveBeenCalledWith('Release cycle 4 is open (was 3); previews may stay 2 cycles without renewal.\nNo preview is due or over-age.');
  });

  it('refuses a --cycle that is not the next one, leaving the workspace alone', async () => {
    const tree = workspace();
    const before = snapshotTree(tree);
    await expect(openCycleGenerator(tree, { cycle: 3 })).rejects.toThrow(
      'Cannot open cycle 3: the current cycle is 3 (nx.json pluginsConfig["@switchyard/incubator"].currentReleaseCycle), so the next one is 4. It is already open.',
    );
    await expect(openCycleGenerator(tree, { cycle: 6 })).rejects.toThrow('Cannot open cycle 6: the current cycle is 3 (nx.json pluginsConfig["@switchyard/incubator"].currentReleaseCycle), so the next one is 4.');
    expect(snapshotTree(tree)).toEqual(before);
  });
});
