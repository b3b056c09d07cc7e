import type { IncubatorConfig } from '../../src/lib/incubator-config.js';
import type { DependencyEdge, PackageJson, ProjectSnapshot, WorkspaceSnapshot } from '../../src/policy/workspace-snapshot.js';

/** Small inline workspaces for the policy rules' tests; each test changes only what it is about. */

export const config: IncubatorConfig = {
  stabilityTags: { stable: 'stability:stable', preview: 'stability:preview' },
  folders: { stable: 'packages/core', preview: 'packages/preview' },
  currentReleaseCycle: 1,
  maxPreviewAgeCycles: 2,
  graduation: {},
};

export function stablePackage(name: string, packageJson: PackageJson = {}): ProjectSnapshot {
  return {
    name: `@switchyard/${name}`,
    root: `packages/core/${name}`,
    tags: ['stability:stable'],
    packageJson: { name: `@switchyard/${name}`, version: '1.0.0', switchyard: { stability: 'stable', enteredCycle: 1, blueprint: 'BP-0001' }, ...packageJson },
    readme: `# @switchyard/${name}\n\nA stable package.\n`,
    apiFiles: [],
    migrationFiles: [],
  };
}

export function previewPackage(name: string, packageJson: PackageJson = {}): ProjectSnapshot {
  return {
    name: `@switchyard/${name}`,
    root: `packages/preview/${name}`,
    tags: ['stability:preview'],
    packageJson: {
      name: `@switchyard/${name}`,
      version: '0.1.0',
      description: `The ${name} service. PREVIEW: its API and data may still change.`,
      switchyard: { stability: 'preview', enteredCycle: 1, blueprint: 'BP-0002' },
      ...packageJson,
    },
    readme: `# @switchyard/${name}\n\n> **⚠ PREVIEW.** Its API and data may change.\n\nA preview service.\n`,
    serviceName: name,
    apiFiles: [],
    migrationFiles: [],
  };
}

export function privateTool(name: string): ProjectSnapshot {
  return {
    name: `@switchyard/${name}`,
    root: `tools/${name}`,
    tags: ['stability:stable'],
    packageJson: { name: `@switchyard/${name}`, version: '0.0.0', private: true },
    readme: null,
    apiFiles: [],
    migrationFiles: [],
  };
}

export function edge(source: string, target: string, type: DependencyEdge['type'], files: string[]): DependencyEdge {
  return { source: `@switchyard/${source}`, target: `@switchyard/${target}`, type, files };
}

export const LABELED_TOML = `service_plugins = ["firewall"]\n\n# PREVIEW: settings of the firewall plugin.\n[plugins.firewall]\nmax_rules_per_policy = 100\n`;

/** A workspace that passes every rule: sdk, server, a firewall preview and a private tool. */
export function snapshotOf(overrides: Partial<WorkspaceSnapshot> = {}): WorkspaceSnapshot {
  return {
    projects: [stablePackage('sdk'), stablePackage('server'), previewPackage('firewall'), privateTool('incubator')],
    dependencies: [edge('server', 'sdk', 'static', ['packages/core/server/src/app.ts']), edge('firewall', 'sdk', 'static', ['packages/preview/firewall/src/index.ts'])],
    config,
    blueprints: [
      { ref: 'BP-0001', file: 'blueprints/BP-0001.md', status: 'approved' },
      { ref: 'BP-0002', file: 'blueprints/BP-0002.md', status: 'approved' },
    ],
    switchyardToml: { file: 'switchyard.toml', text: LABELED_TOML },
    pendingReleases: [],
    retired: [],
    ...overrides,
  };
}

/** The snapshot with one project replaced (matched by name). */
export function withProject(project: ProjectSnapshot, snapshot: WorkspaceSnapshot = snapshotOf()): WorkspaceSnapshot {
  const others = snapshot.projects.filter((candidate) => candidate.name !== project.name);
  return { ...snapshot, projects: [...others, project] };
}
