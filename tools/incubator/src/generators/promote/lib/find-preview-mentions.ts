import { joinPathFragments, visitNotIgnoredFiles, type Tree } from '@nx/devkit';
import type { NormalizedPromoteOptions } from './normalize-options.js';

/** A quoted 'preview' (a stability value or a header a test expects), or a "preview" in prose. */
const PREVIEW_WORD = /\bpreview\b/i;

/**
 * Code and tests that still say "preview" after the move, for the maintainer to review: tests
 * asserting the preview header or start-up warning now fail, and the generator does not guess
 * how a test should read. Returns "file:line" entries.
 */
export function findPreviewMentions(tree: Tree, options: NormalizedPromoteOptions): string[] {
  const mentions: string[] = [];
  for (const folder of ['src', 'tests']) {
    visitNotIgnoredFiles(tree, joinPathFragments(options.stableRoot, folder), (file) => {
      if (!file.endsWith('.ts')) return;
      (tree.read(file, 'utf-8') ?? '').split('\n').forEach((line, index) => {
        if (PREVIEW_WORD.test(line)) mentions.push(`${file}:${index + 1}`);
      });
    });
  }
  return mentions;
}
