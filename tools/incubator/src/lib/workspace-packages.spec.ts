import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { writeJson } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { findDependents, findWorkspacePackage, listWorkspacePackages, workspaceFolders } from './workspace-packages.js';

function workspace() {
  const tree = createTreeWithEmptyWorkspace();
  writeJson(tree, 'package.json', { name: 'root', workspaces: ['packages/core/*', 'packages/preview/*', 'tools/*'] });
  writeJson(tree, 'packages/core/sdk/package.json', { name: '@switchyard/sdk', version: '1.2.0' });
  writeJson(tree, 'packages/preview/dns/package.json', { name: '@switchyard/dns', version: '0.3.0', peerDependencies: { '@switchyard/sdk': '^1.0.0' } });
  writeJson(tree, 'tools/incubator/package.json', { name: '@switchyard/incubator', devDependencies: { '@switchyard/dns': '*' } });
  tree.write('packages/preview/notes/README.md', 'not a package');
  return tree;
}

describe('workspace packages', () => {
  it('reads the workspace folders from the root package.json', () => {
    expect(workspaceFolders(workspace())).toEqual(['packages/core', 'packages/preview', 'tools']);
  });

  it('lists every package with its root, name and version', () => {
    expect(listWorkspacePackages(workspace()).map(({ root, name, version }) => ({ root, name, version }))).toEqual([
      { root: 'packages/core/sdk', name: '@switchyard/sdk', version: '1.2.0' },
      { root: 'packages/preview/dns', name: '@switchyard/dns', version: '0.3.0' },
      { root: 'tools/incubator', name: '@switchyard/incubator', version: '0.0.0' },
    ]);
    expect(findWorkspacePackage(workspace(), '@switchyard/dns')?.root).toBe('packages/preview/dns');
    expect(findWorkspacePackage(workspace(), '@switchyard/nope')).toBeUndefined();
  });

  it('finds dependents through any dependency field', () => {
    expect(findDependents(workspace(), '@switchyard/sdk').map((entry) => entry.name)).toEqual(['@switchyard/dns']);
    expect(findDependents(workspace(), '@switchyard/dns').map((entry) => entry.name)).toEqual(['@switchyard/incubator']);
  });
});
