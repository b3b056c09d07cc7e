import { getProjects, joinPathFragments, readJson, updateJson, type Tree } from '@nx/devkit';
import { posix } from 'node:path';
import type { NormalizedPromoteOptions } from './normalize-options.js';

interface TsconfigWithReferences {
  references?: Array<{ path: string }>;
}

/**
 * Points every project reference at the package's new folder: the root tsconfig.json (which
 * lists every package) and the tsconfigs of packages that depend on it. Nx's move only rewrites
 * the root's, and only for projects it sees as libraries. Returns the files it changed.
 */
export function updateTsconfigReferences(tree: Tree, options: NormalizedPromoteOptions): string[] {
  const folders = ['.', ...[...getProjects(tree).values()].map((project) => project.root).filter((root) => root !== options.stableRoot)];
  return folders.flatMap((folder) => tsconfigFiles(tree, folder)).filter((file) => retargetReferences(tree, file, options));
}

function tsconfigFiles(tree: Tree, folder: string): string[] {
  return tree
    .children(folder)
    .filter((file) => /^tsconfig(\..+)?\.json$/.test(file) && file !== 'tsconfig.base.json')
    .map((file) => joinPathFragments(folder, file));
}

function retargetReferences(tree: Tree, file: string, options: NormalizedPromoteOptions): boolean {
  const references = readJson<TsconfigWithReferences>(tree, file).references ?? [];
  const folder = posix.dirname(file);
  const stale = references.some((reference) => resolves(folder, reference.path) === options.previewRoot);
  if (!stale) return false;
  updateJson<TsconfigWithReferences>(tree, file, (tsconfig) => {
    for (const reference of tsconfig.references ?? []) {
      if (resolves(folder, reference.path) === options.previewRoot) reference.path = relativeReference(folder, options.stableRoot);
    }
    return tsconfig;
  });
  return true;
}

/** The workspace-relative folder a reference points at (references name a folder or a tsconfig). */
function resolves(folder: string, referencePath: string): string {
  const target = posix.normalize(posix.join(folder, referencePath));
  return target.endsWith('.json') ? posix.dirname(target) : target;
}

/** Same spelling as the rest of the workspace: "./packages/core/x" at the root, "../../core/x" below. */
function relativeReference(folder: string, target: string): string {
  const relative = posix.relative(folder, target);
  return relative.startsWith('.') ? relative : `./${relative}`;
}
