import type { IncubatorConfig } from '../lib/incubator-config.js';
import type { PendingRelease } from '../lib/read-pending-changesets.js';
import type { RetiredPackage } from '../lib/retired-packages.js';

/**
 * Everything the policy rules read, as plain data. The adapter (read-workspace-snapshot.ts)
 * builds it from Nx's project graph and the files on disk; tests build small ones inline.
 */
export interface WorkspaceSnapshot {
  projects: ProjectSnapshot[];
  dependencies: DependencyEdge[];
  config: IncubatorConfig;
  blueprints: BlueprintSnapshot[];
  /** The root switchyard.toml, or null when the workspace has none. */
  switchyardToml: TextFile | null;
  /** What the pending changesets (.changeset/*.md) will release, e.g. the major bump a promotion writes. */
  pendingReleases: PendingRelease[];
  /** The previews retired.json records (empty when it does not exist). */
  retired: RetiredPackage[];
}

export interface ProjectSnapshot {
  /** Nx project name, which is the npm package name (e.g. "@switchyard/firewall"). */
  name: string;
  /** Workspace-relative folder, e.g. "packages/preview/firewall". */
  root: string;
  tags: string[];
  packageJson: PackageJson;
  /** README.md text, or null when the package has none. */
  readme: string | null;
  /** The name in `defineServicePlugin({ name })`, for service plugins; the key of `[plugins.<service>]`. */
  serviceName?: string;
  /** Files under `<root>/api/` (API reports, OpenAPI documents and their released baselines), by path. */
  apiFiles: TextFile[];
  /** Database migrations the package owns: numbered files in a `migrations` folder under src (e.g. `src/neutron/migrations/0003-ports.ts`), specs excluded, in path order. */
  migrationFiles: TextFile[];
}

export interface PackageJson {
  name?: string;
  version?: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  [field: string]: unknown;
}

export type DependencyType = 'static' | 'dynamic' | 'implicit';

/** An edge of the Nx project graph, with the files that create it (source files, package.json...). */
export interface DependencyEdge {
  source: string;
  target: string;
  type: DependencyType;
  files: string[];
}

export interface BlueprintSnapshot {
  /** "BP-0002", from the file name blueprints/BP-0002.md. */
  ref: string;
  file: string;
  /** The front matter's `status:` value; undefined when it has none. */
  status: string | undefined;
  /** The front matter's `graduation:` value as written (checked by the graduation-criteria rule); undefined when absent. */
  graduation?: unknown;
  /** Why the front matter is not valid YAML, when it is not. */
  frontMatterError?: string;
}

export interface TextFile {
  file: string;
  text: string;
}
