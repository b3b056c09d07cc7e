import { joinPathFragments, type Tree } from '@nx/devkit';
import type { NormalizedPromoteOptions } from './normalize-options.js';

const PREVIEW_BANNER_START = '> **⚠ PREVIEW.**';

/**
 * Swaps the preview banner (the blockquote right under the title whose first line starts with
 * "> **⚠ PREVIEW.**") for a short stable note. Line-based, not a regex over the file, so nothing
 * outside that one blockquote can be touched. Returns whether a banner was found.
 */
export function replaceReadmeBanner(tree: Tree, options: NormalizedPromoteOptions): boolean {
  const path = joinPathFragments(options.stableRoot, 'README.md');
  const lines = (tree.read(path, 'utf-8') ?? '').split('\n');
  const start = lines.findIndex((line) => line.startsWith(PREVIEW_BANNER_START));
  if (start === -1) return false;
  let end = start;
  while (end + 1 < lines.length && lines[end + 1].startsWith('>')) end += 1;
  lines.splice(start, end - start + 1, ...stableNote(options));
  tree.write(path, lines.join('\n'));
  return true;
}

function stableNote(options: NormalizedPromoteOptions): string[] {
  return [
    `> **Stable** since release cycle ${options.currentCycle} (promoted from preview). Its API and stored data`,
    '> follow semantic versioning: breaking changes come only with a new major version.',
  ];
}
