import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { type NxJsonConfiguration, type ProjectGraph, createProjectGraphAsync, readCachedProjectGraph } from '@nx/devkit';
import { type FileDataDependency, fileDataDepTarget, fileDataDepType, readFileMapCache } from '@nx/devkit/internal';
import { readIncubatorConfig } from '../lib/incubator-config.js';
import { type PendingRelease, readChangesetReleases } from '../lib/read-pending-changesets.js';
import { importAnalysisProblem } from './import-analysis.js';
import { readBlueprints } from './read-blueprints.js';
import type { DependencyEdge, DependencyType, PackageJson, ProjectSnapshot, TextFile, WorkspaceSnapshot } from './workspace-snapshot.js';

export const SWITCHYARD_TOML = 'switchyard.toml';
const CHANGESET_FOLDER = '.changeset';

/** `defineServicePlugin({ name: 'firewall', ... })`: the first `name` after the call opens. */
const SERVICE_NAME = /defineServicePlugin\s*\(\s*\{[^]*?\bname\s*:\s*(['"])([^'"]+)\1/;

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/**
 * Builds the snapshot of the workspace at `root` from Nx's project graph (edges) and its file
 * map (which files create each edge), plus package.json, README.md, nx.json, switchyard.toml and
 * blueprints/ from disk. Imports are never re-parsed here: the graph is what lint enforces too.
 * With `cachedGraph`, the graph Nx last wrote to .nx/workspace-data is read as is, as the lint rule
 * reads it; without, Nx recomputes what changed (hashing every file, which dominates large workspaces).
 */
export async function readWorkspaceSnapshot(root: string, options: { cachedGraph?: boolean } = {}): Promise<WorkspaceSnapshot> {
  const [nxJson, rootPackageJson] = await Promise.all([readJsonFile<NxJsonConfiguration>(root, 'nx.json'), readJsonFile<PackageJson>(root, 'package.json')]);
  const problem = importAnalysisProblem(rootPackageJson, nxJson);
  if (problem !== undefined) throw new SnapshotError(`The policy check cannot see imports: ${problem}.`);
  const graph = options.cachedGraph ? readCachedGraph() : await createProjectGraphAsync({ exitOnError: false });
  const projects = await Promise.all(Object.values(graph.nodes).map((node) => readProject(root, node.data.root, node.name, node.data.tags ?? [])));
  const [blueprints, switchyardToml, pendingReleases] = await Promise.all([readBlueprints(root), readOptionalText(root, SWITCHYARD_TOML), readPendingReleases(root)]);
  return {
    projects: projects.sort((a, b) => a.name.localeCompare(b.name)),
    dependencies: readDependencyEdges(root, graph),
    config: readIncubatorConfig(nxJson),
    blueprints,
    switchyardToml,
    pendingReleases,
  };
}

function readCachedGraph(): ProjectGraph {
  try {
    return readCachedProjectGraph();
  } catch (caught) {
    throw new SnapshotError(`--cached-graph needs the graph Nx caches in .nx/workspace-data; run \`NX_DAEMON=false npx nx graph --file=stdout > /dev/null\` first (${(caught as Error).message.split('\n')[0]}).`);
  }
}

/** The releases .changeset/*.md ask for (its README.md is not a changeset). */
async function readPendingReleases(root: string): Promise<PendingRelease[]> {
  const folder = path.join(root, CHANGESET_FOLDER);
  if (!existsSync(folder)) return [];
  const files = (await readdir(folder)).filter((file) => file.endsWith('.md') && file !== 'README.md').sort();
  const texts = await Promise.all(files.map((file) => readFile(path.join(folder, file), 'utf-8')));
  return files.flatMap((file, index) => readChangesetReleases(`${CHANGESET_FOLDER}/${file}`, texts[index]));
}

async function readProject(root: string, projectRoot: string, name: string, tags: string[]): Promise<ProjectSnapshot> {
  const packageJson = existsSync(path.join(root, projectRoot, 'package.json')) ? await readJsonFile<PackageJson>(root, `${projectRoot}/package.json`) : {};
  const readme = await readOptionalText(root, `${projectRoot}/README.md`);
  const entry = await readOptionalText(root, `${projectRoot}/src/index.ts`);
  const serviceName = entry === null ? undefined : SERVICE_NAME.exec(entry.text)?.[2];
  return { name, root: projectRoot, tags, packageJson, readme: readme?.text ?? null, ...(serviceName ? { serviceName } : {}) };
}

/** Edges between workspace projects (npm packages are not the policy's business). */
function readDependencyEdges(root: string, graph: ProjectGraph): DependencyEdge[] {
  const fileMap = readFileMapCache()?.fileMap.projectFileMap;
  if (!fileMap) {
    throw new SnapshotError('Nx computed the project graph but left no file map in .nx/workspace-data; run `NX_DAEMON=false npx nx reset` and try again.');
  }
  return Object.entries(graph.dependencies).flatMap(([source, edges]) =>
    edges
      .filter((edge) => graph.nodes[edge.target] !== undefined && graph.nodes[source] !== undefined)
      .map((edge) => {
        const type = edge.type as DependencyType;
        const files =
          type === 'implicit'
            ? [configFileOf(root, graph.nodes[source].data.root)]
            : (fileMap[source] ?? []).filter((file) => (file.deps ?? []).some((dep) => createsEdge(dep, edge.target, type))).map((file) => file.file);
        return { source, target: edge.target, type, files };
      }),
  );
}

function createsEdge(dep: FileDataDependency, target: string, type: DependencyType): boolean {
  return fileDataDepTarget(dep) === target && fileDataDepType(dep) === type;
}

/** implicitDependencies are declared in project.json when there is one, else in package.json "nx". */
function configFileOf(root: string, projectRoot: string): string {
  return existsSync(path.join(root, projectRoot, 'project.json')) ? `${projectRoot}/project.json` : `${projectRoot}/package.json`;
}

async function readJsonFile<T>(root: string, file: string): Promise<T> {
  const text = await readFile(path.join(root, file), 'utf-8');
  try {
    return JSON.parse(text) as T;
  } catch (caught) {
    throw new SnapshotError(`${file} is not valid JSON: ${(caught as Error).message}`);
  }
}

async function readOptionalText(root: string, file: string): Promise<TextFile | null> {
  try {
    return { file, text: await readFile(path.join(root, file), 'utf-8') };
  } catch (caught) {
    if ((caught as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw caught;
  }
}
