import type { Tree } from '@nx/devkit';
import { readChangesetReleases, readPendingReleases } from '../../../lib/read-pending-changesets.js';

/**
 * Pending changesets may still bump the retired package (the one its `preview` step wrote, fixes
 * since): `changeset version` would stop on a package it cannot find, and the policy check's
 * changeset-packages rule refuses them. A changeset that bumps only this package is deleted; from
 * one that bumps others too, only its line goes. Returns the changed files, in order.
 */
export function dropPendingBumps(tree: Tree, packageName: string): string[] {
  const files = [...new Set(readPendingReleases(tree).filter((release) => release.packageName === packageName).map((release) => release.file))].sort();
  for (const file of files) dropBumps(tree, file, packageName);
  return files;
}

function dropBumps(tree: Tree, file: string, packageName: string): void {
  const text = tree.read(file, 'utf-8') ?? '';
  if (readChangesetReleases(file, text).every((release) => release.packageName === packageName)) {
    tree.delete(file);
    return;
  }
  const lines = text.split('\n');
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  const bumpsPackage = (line: string) => readChangesetReleases(file, `---\n${line}\n---`).some((release) => release.packageName === packageName);
  tree.write(file, lines.filter((line, index) => index === 0 || index >= end || !bumpsPackage(line)).join('\n'));
}
