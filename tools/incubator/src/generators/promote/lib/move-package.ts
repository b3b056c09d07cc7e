import { joinPathFragments, type Tree } from '@nx/devkit';
import { moveGenerator } from '@nx/workspace';
import type { NormalizedPromoteOptions } from './normalize-options.js';

/**
 * Moves the package folder with Nx's own move generator, keeping its project name and import
 * path: the project is named after package.json, so passing neither `newProjectName` nor
 * `importPath` leaves `@switchyard/<name>` (and every import of it) alone.
 *
 * `skipFormat`: formatting would run Prettier's defaults over every moved file, and this
 * workspace is not formatted with Prettier.
 */
export async function movePackage(tree: Tree, options: NormalizedPromoteOptions): Promise<void> {
  const rootConfigFiles = readRootFiles(tree, options.previewRoot);
  await moveGenerator(tree, { projectName: options.packageName, destination: options.stableRoot, updateImportPath: true, skipFormat: true });
  if (depth(options.previewRoot) === depth(options.stableRoot)) restoreRootFiles(tree, options.stableRoot, rootConfigFiles);
}

/**
 * Move rewrites workspace-relative paths in the package's top-level config files by regex, and
 * in tsconfig.json also turns the first "tsconfig.json" it finds into "tsconfig.base.json".
 * Between folders of equal depth every relative path already resolves the same, so any rewrite
 * is at best a no-op and at worst a broken path: the original text is put back.
 */
function restoreRootFiles(tree: Tree, stableRoot: string, originals: Map<string, Buffer>): void {
  for (const [file, content] of originals) {
    const moved = joinPathFragments(stableRoot, file);
    if (tree.exists(moved) && !tree.read(moved)?.equals(content)) tree.write(moved, content);
  }
}

function readRootFiles(tree: Tree, root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const file of tree.children(root)) {
    const content = tree.isFile(joinPathFragments(root, file)) ? tree.read(joinPathFragments(root, file)) : null;
    if (content !== null) files.set(file, content);
  }
  return files;
}

function depth(path: string): number {
  return path.split('/').filter(Boolean).length;
}
