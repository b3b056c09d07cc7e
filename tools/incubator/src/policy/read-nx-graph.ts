import type { FileData, ProjectGraph } from '@nx/devkit';
import { readFileMapCache, readProjectGraphCache } from 'nx/src/project-graph/nx-deps-cache.js';

/**
 * Nx's project graph and the files of each project (with the dependencies each file creates).
 * On a cached graph only Nx's cache readers are loaded: @nx/devkit's entry point loads most of
 * Nx, which took more time than every rule together on a 1,000-project workspace. Recomputing
 * the graph needs all of Nx, so devkit is imported only then.
 */
export interface NxGraphAndFiles {
  graph: ProjectGraph;
  projectFiles: Record<string, FileData[]>;
}

export class NxGraphError extends Error {
  override name = 'NxGraphError';
}

export async function readNxGraph(options: { cachedGraph?: boolean }): Promise<NxGraphAndFiles> {
  const graph = options.cachedGraph ? readCachedGraph() : await computeGraph();
  const projectFiles = readFileMapCache()?.fileMap.projectFileMap;
  if (!projectFiles) {
    throw new NxGraphError('Nx computed the project graph but left no file map in .nx/workspace-data; run `NX_DAEMON=false npx nx reset` and try again.');
  }
  return { graph, projectFiles };
}

function readCachedGraph(): ProjectGraph {
  const graph = readProjectGraphCache();
  if (graph === null) {
    throw new NxGraphError('--cached-graph needs the graph Nx caches in .nx/workspace-data; run `NX_DAEMON=false npx nx graph --file=stdout > /dev/null` first.');
  }
  return graph;
}

async function computeGraph(): Promise<ProjectGraph> {
  const { createProjectGraphAsync } = await import('@nx/devkit');
  return createProjectGraphAsync({ exitOnError: false });
}
