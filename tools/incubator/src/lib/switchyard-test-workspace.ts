import { type Tree, updateJson, writeJson } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';

/** A root switchyard.toml in the shape of the real one, comments included. */
export const SWITCHYARD_TOML = `# Switchyard server configuration.
auth_strategy = "noauth"

# Optional services to load.
service_plugins = ["firewall", "dns"]  # PREVIEW: both are preview services, opted in under [preview]

[server]
port = 9696

# PREVIEW: preview services run only when named here.
[preview]
enabled = ["firewall", "dns"]

# PREVIEW: settings of the firewall plugin, checked against its own schema.
[plugins.firewall]
# Most rules one firewall policy may hold.
max_rules_per_policy = 100

# PREVIEW: settings of the dns plugin.
[plugins.dns]
# Zones per project.
max_zones = 10
`;

export interface PackageFixture {
  version: string;
  stability: 'stable' | 'preview';
  enteredCycle?: number;
  renewals?: Array<{ cycle: number; blueprint: string }>;
  dependencies?: Record<string, string>;
}

/** Writes packages/<core|preview>/<name>/package.json the way real Switchyard packages look. */
export function addSwitchyardPackage(tree: Tree, name: string, fixture: PackageFixture): string {
  const root = `packages/${fixture.stability === 'stable' ? 'core' : 'preview'}/${name}`;
  const switchyard: Record<string, unknown> = { stability: fixture.stability, enteredCycle: fixture.enteredCycle ?? 1, blueprint: 'BP-0001' };
  if (fixture.renewals) switchyard.renewals = fixture.renewals;
  writeJson(tree, `${root}/package.json`, {
    name: `@switchyard/${name}`,
    version: fixture.version,
    switchyard,
    nx: { tags: [`stability:${fixture.stability}`] },
    ...(fixture.dependencies ? { dependencies: fixture.dependencies } : {}),
  });
  tree.write(`${root}/src/index.ts`, 'export {};\n');
  return root;
}

/**
 * An in-memory Switchyard workspace: sdk/db/server/cli/client/dashboard (stable), firewall and dns (preview), the
 * incubator tool (no lifecycle metadata),
 * the incubator policy in nx.json at cycle 3, blueprints, root tsconfig and switchyard.toml.
 */
export function createSwitchyardWorkspace(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  updateJson(tree, 'package.json', (json) => ({ ...json, workspaces: ['packages/core/*', 'packages/preview/*', 'tools/*'] }));
  updateJson(tree, 'nx.json', (json) => ({
    ...json,
    pluginsConfig: { '@switchyard/incubator': { currentReleaseCycle: 3, maxPreviewAgeCycles: 2 } },
  }));
  addSwitchyardPackage(tree, 'sdk', { version: '1.4.2', stability: 'stable' });
  addSwitchyardPackage(tree, 'db', { version: '1.0.0', stability: 'stable' });
  addSwitchyardPackage(tree, 'server', { version: '1.1.0', stability: 'stable', dependencies: { '@switchyard/sdk': '^1.0.0' } });
  addSwitchyardPackage(tree, 'cli', { version: '1.0.0', stability: 'stable', dependencies: { '@switchyard/sdk': '^1.0.0', '@switchyard/client': '^1.0.0' } });
  addSwitchyardPackage(tree, 'client', { version: '1.0.0', stability: 'stable' });
  addSwitchyardPackage(tree, 'dashboard', { version: '1.0.0', stability: 'stable' });
  addSwitchyardPackage(tree, 'firewall', { version: '0.2.0', stability: 'preview', enteredCycle: 1 });
  addSwitchyardPackage(tree, 'dns', { version: '0.3.1', stability: 'preview', enteredCycle: 2 });
  writeJson(tree, 'tools/incubator/package.json', { name: '@switchyard/incubator', version: '0.0.0', private: true });
  tree.write('blueprints/BP-0007.md', '---\nref: BP-0007\nstatus: approved\n---\n# DNS zones\n');
  tree.write('blueprints/BP-0008.md', '---\nref: BP-0008\nstatus: approved\n---\n# Load balancers\n');
  tree.write('blueprints/BP-0009.md', '---\nref: BP-0009\nstatus: draft\n---\n# VPN\n');
  writeJson(tree, 'tsconfig.json', {
    files: [],
    references: ['core/sdk', 'core/db', 'core/server', 'preview/firewall', 'preview/dns'].map((root) => ({ path: `./packages/${root}` })),
  });
  tree.write('switchyard.toml', SWITCHYARD_TOML);
  return tree;
}

/** Every file and its content, to prove a refused or dry run left the tree as it was. */
export function snapshotTree(tree: Tree): Record<string, string | null> {
  return Object.fromEntries(tree.listChanges().map((change) => [change.path, change.content?.toString('utf-8') ?? null]));
}
