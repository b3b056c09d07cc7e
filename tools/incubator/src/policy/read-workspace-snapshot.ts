import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { FileData, NxJsonConfiguration, ProjectGraph, ProjectGraphProjectNode } from '@nx/devkit';
import { type FileDataDependency, fileDataDepTarget, fileDataDepType } from 'nx/src/config/project-graph.js';
import { readIncubatorConfig } from '../lib/incubator-config.js';
import { readReleaseCycleAt } from '../lib/release-cycle.js';
import { type PendingRelease, readChangesetReleases } from '../lib/read-pending-changesets.js';
import type { RetiredPackage } from '../lib/retired-packages.js';
import { importAnalysisProblem } from './import-analysis.js';
import { readBlueprints } from './read-blueprints.js';
import { NxGraphError, readNxGraph } from './read-nx-graph.js';
import type { DependencyEdge, DependencyType, PackageJson, ProjectSnapshot, TextFile, WorkspaceSnapshot } from './workspace-snapshot.js';

export const SWITCHYARD_TOML = 'switchyard.toml';
const CHANGESET_FOLDER = '.changeset';
/** RETIRED_FILE of lib/retired-packages.ts, whose module loads Nx's devkit (see read-nx-graph.ts). */
const RETIRED_FILE = 'retired.json';
/** A numbered migration module, e.g. src/neutron/migrations/0003-ports.ts (specs are not migrations). */
const MIGRATION_FILE = /\/src\/(?:.+\/)?migrations\/\d{4}-[^/]+(?<!\.spec)\.ts$/;

/** `defineServicePlugin({ name: 'firewall', ... })`: the first `name` after the call opens. */
const SERVICE_NAME = /defineServicePlugin\s*\(\s*\{[^]*?\bname\s*:\s*(['"])([^'"]+)\1/;

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/**
 * Builds the snapshot of the workspace at `root` from Nx's project graph (edges) and its file
 * map (which files create each edge), plus package.json, README.md, nx.json, switchyard.toml,
 * blueprints/, .changeset/ and retired.json from disk (the check target's inputs list the same files). Imports are never re-parsed here: the graph is what lint enforces too.
 * With `cachedGraph`, the graph Nx last wrote to .nx/workspace-data is read as is, as the lint rule
 * reads it; without, Nx recomputes what changed (hashing every file, which dominates large workspaces).
 */
export async function readWorkspaceSnapshot(root: string, options: { cachedGraph?: boolean } = {}): Promise<WorkspaceSnapshot> {
  const [nxJson, rootPackageJson] = await Promise.all([readJsonFile<NxJsonConfiguration>(root, 'nx.json'), readJsonFile<PackageJson>(root, 'package.json')]);
  const problem = importAnalysisProblem(rootPackageJson, nxJson);
  if (problem !== undefined) throw new SnapshotError(`The policy check cannot see imports: ${problem}.`);
  const { graph, projectFiles: fileMap } = await readGraph(options);
  const projects = await Promise.all(Object.values(graph.nodes).map((node) => readProject(root, node, fileMap[node.name] ?? [])));
  const [blueprints, switchyardToml, pendingReleases, retired] = await Promise.all([
    readBlueprints(root),
    readOptionalText(root, SWITCHYARD_TOML),
    readPendingReleases(root),
    readRetired(root),
  ]);
  return {
    projects: projects.sort((a, b) => a.name.localeCompare(b.name)),
    dependencies: readDependencyEdges(root, graph, fileMap),
    config: readIncubatorConfig(nxJson, readReleaseCycleAt(root)),
    blueprints,
    switchyardToml,
    pendingReleases,
    retired,
  };
}

async function readGraph(options: { cachedGraph?: boolean }) {
  try {
    return await readNxGraph(options);
  } catch (caught) {
    if (caught instanceof NxGraphError) throw new SnapshotError(caught.message);
    throw caught;
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

async function readRetired(root: string): Promise<RetiredPackage[]> {
  if (!existsSync(path.join(root, RETIRED_FILE))) return [];
  return (await readJsonFile<{ retired?: RetiredPackage[] }>(root, RETIRED_FILE)).retired ?? [];
}

async function readProject(root: string, node: ProjectGraphProjectNode, files: FileData[]): Promise<ProjectSnapshot> {
  const projectRoot = node.data.root;
  const packageJson = existsSync(path.join(root, projectRoot, 'package.json')) ? await readJsonFile<PackageJson>(root, `${projectRoot}/package.json`) : {};
  const [readme, entry, apiFiles, migrationFiles] = await Promise.all([
    readOptionalText(root, `${projectRoot}/README.md`),
    readOptionalText(root, `${projectRoot}/src/index.ts`),
    readTexts(root, files.filter((file) => file.file.startsWith(`${projectRoot}/api/`))),
    readTexts(root, files.filter((file) => MIGRATION_FILE.test(file.file))),
  ]);
  const serviceName = entry === null ? undefined : SERVICE_NAME.exec(entry.text)?.[2];
  return {
    name: node.name,
    root: projectRoot,
    tags: node.data.tags ?? [],
    packageJson,
    readme: readme?.text ?? null,
    ...(serviceName ? { serviceName } : {}),
    apiFiles,
    migrationFiles,
  };
}

/** Edges between workspace projects (npm packages are not the policy's business). */
function readDependencyEdges(root: string, graph: ProjectGraph, fileMap: Record<string, FileData[]>): DependencyEdge[] {
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

async function readTexts(root: string, files: FileData[]): Promise<TextFile[]> {
  const sorted = files.map((file) => file.file).sort();
  return Promise.all(sorted.map(async (file) => ({ file, text: await readFile(path.join(root, file), 'utf-8') })));
}

async function readOptionalText(root: string, file: string): Promise<TextFile | null> {
  try {
    return { file, text: await readFile(path.join(root, file), 'utf-8') };
  } catch (caught) {
    if ((caught as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw caught;
  }
}
