import { type Tree, logger, readJson, updateJson } from '@nx/devkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addSwitchyardPackage, createSwitchyardWorkspace, snapshotTree } from '../../lib/switchyard-test-workspace.js';
import { WORKSPACE_FOLLOW_UP } from '../../lib/workspace-follow-up.js';
import { retireGenerator } from './retire.js';

afterEach(() => vi.restoreAllMocks());

describe('retire generator', () => {
  it('removes the package folder, its tsconfig reference and its switchyard.toml entries', async () => {
    const tree = createSwitchyardWorkspace();
    await retireGenerator(tree, { name: 'dns', reason: 'Superseded by BP-0014.' });
    expect(tree.exists('packages/preview/dns')).toBe(false);
    expect(tree.exists('packages/preview/dns/package.json')).toBe(false);
    expect(readJson(tree, 'tsconfig.json').references).not.toContainEqual({ path: './packages/preview/dns' });
    expect(readJson(tree, 'tsconfig.json').references).toContainEqual({ path: './packages/preview/firewall' });
    const toml = tree.read('switchyard.toml', 'utf-8');
    expect(toml).toContain('service_plugins = ["firewall"]  # PREVIEW: both are preview services');
    expect(toml).toContain('[preview]\nenabled = ["firewall"]\n');
    expect(toml).not.toContain('[plugins.dns]');
    expect(toml).toContain('# Most rules one firewall policy may hold.');
  });

  it("drops the retired package's pending bumps, which no release could make, and says so", async () => {
    const tree = createSwitchyardWorkspace();
    tree.write('.changeset/dns-fix.md', '---\n"@switchyard/dns": patch\n---\n\nA fix.\n');
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    (await retireGenerator(tree, { name: 'dns' }))();
    expect(tree.exists('.changeset/dns-fix.md')).toBe(false);
    expect(info).toHaveBeenCalledWith('Its pending bumps are dropped from .changeset/dns-fix.md (a release cannot bump a package that is gone).');
  });

  it('records the retirement in retired.json with what to deprecate on npm', async () => {
    const tree = createSwitchyardWorkspace();
    await retireGenerator(tree, { name: '@switchyard/dns', reason: 'Superseded by BP-0014.' });
    expect(readJson(tree, 'retired.json')).toEqual({
      retired: [
        {
          name: 'dns',
          package: '@switchyard/dns',
          lastVersion: '0.3.1',
          reason: 'Superseded by BP-0014.',
          cycle: 3,
          deprecate: {
            range: '<=0.3.1',
            message: '@switchyard/dns was a preview and is retired (release cycle 3): Superseded by BP-0014. Remove it from service_plugins and [preview] enabled.',
          },
        },
      ],
    });
  });

  it('writes a changeset note without a release, since the package is gone', async () => {
    const tree = createSwitchyardWorkspace();
    await retireGenerator(tree, { name: 'dns' });
    expect(tree.read('.changeset/retire-dns.md', 'utf-8')).toBe(
      '---\n---\n\nRetired the preview @switchyard/dns (last version 0.3.1, cycle 3): No longer developed.\n\n' +
        'At release: npm deprecate "@switchyard/dns@<=0.3.1" "@switchyard/dns was a preview and is retired (release cycle 3): No longer developed. ' +
        'Remove it from service_plugins and [preview] enabled." (recorded in retired.json).\n',
    );
  });

  it('reports what it removed', async () => {
    const tree = createSwitchyardWorkspace();
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    await (await retireGenerator(tree, { name: 'dns' }))();
    expect(info).toHaveBeenCalledWith(
      '@switchyard/dns 0.3.1 retired; removed from switchyard.toml: service_plugins, [preview] enabled, [plugins.dns]. Its versions up to 0.3.1 get deprecated on npm at the next release (retired.json).',
    );
    expect(info).toHaveBeenLastCalledWith(WORKSPACE_FOLLOW_UP);
  });

  it('works without a switchyard.toml and leaves one that does not mention the service alone', async () => {
    const tree = createSwitchyardWorkspace();
    addSwitchyardPackage(tree, 'vpn', { version: '0.1.0', stability: 'preview' });
    const toml = tree.read('switchyard.toml', 'utf-8');
    await retireGenerator(tree, { name: 'vpn' });
    expect(tree.read('switchyard.toml', 'utf-8')).toBe(toml);
    tree.delete('switchyard.toml');
    await retireGenerator(tree, { name: 'dns' });
    expect(tree.exists('switchyard.toml')).toBe(false);
    expect(readJson(tree, 'retired.json').retired.map((entry: { name: string }) => entry.name)).toEqual(['vpn', 'dns']);
  });
});

describe('retire generator refusals leave the tree untouched', () => {
  async function refused(name: string, prepare?: (tree: Tree) => void): Promise<void> {
    const tree = createSwitchyardWorkspace();
    prepare?.(tree);
    const before = snapshotTree(tree);
    try {
      await retireGenerator(tree, { name });
    } finally {
      expect(snapshotTree(tree)).toEqual(before);
    }
  }

  it('refuses an unknown package', async () => {
    await expect(refused('nope')).rejects.toThrow('Cannot retire "nope": there is no workspace package @switchyard/nope. Check the name (ls packages/preview).');
  });

  it('refuses a workspace package without lifecycle metadata, naming the file', async () => {
    await expect(refused('incubator')).rejects.toThrow('tools/incubator/package.json: missing "switchyard" field');
  });

  it('refuses a stable package', async () => {
    await expect(refused('db')).rejects.toThrow(
      'Cannot retire "db": @switchyard/db is stable (packages/core/db/package.json); only previews can be retired. Stable packages are deprecated through a major release instead.',
    );
  });

  it('refuses while other packages depend on it, and names them', async () => {
    const dependOnDns = (tree: Tree) => {
      addSwitchyardPackage(tree, 'vpn', { version: '0.1.0', stability: 'preview', dependencies: { '@switchyard/dns': '^0.3.0' } });
      updateJson(tree, 'packages/preview/firewall/package.json', (json) => ({ ...json, devDependencies: { '@switchyard/dns': '^0.3.0' } }));
    };
    await expect(refused('dns', dependOnDns)).rejects.toThrow(
      'Cannot retire "dns": @switchyard/firewall (packages/preview/firewall/package.json), @switchyard/vpn (packages/preview/vpn/package.json) still depend on @switchyard/dns. Remove those dependencies first.',
    );
  });

  it('refuses a switchyard.toml it cannot edit safely', async () => {
    await expect(refused('dns', (tree) => tree.write('switchyard.toml', 'plugins = { dns = { max_zones = 1 } }\n'))).rejects.toThrow(
      'Cannot edit switchyard.toml safely: line 1 holds plugins.dns inside an inline table. Edit it by hand (delete the plugins.dns table',
    );
  });
});
