import { joinPathFragments, type Tree } from '@nx/devkit';
import { GeneratorRefusal } from '../../../lib/generator-refusal.js';
import { dropPreviewOnlyPassages as dropPassages, readPreviewOnlyMarks } from '../../../policy/rules/preview-only-marks.js';
import type { NormalizedPromoteOptions } from './normalize-options.js';

/**
 * Refuses, before anything is written, a preview whose README marks do not pair up: promote
 * could not tell which lines to drop. Names every faulty mark with its fix.
 */
export function checkPreviewOnlyMarks(tree: Tree, options: NormalizedPromoteOptions): void {
  const path = joinPathFragments(options.previewRoot, 'README.md');
  const problems = readPreviewOnlyMarks((tree.read(path, 'utf-8') ?? '').split('\n')).problems;
  if (problems.length === 0) return;
  throw new GeneratorRefusal(
    `Cannot promote ${options.packageName}: the preview-only marks of ${path} do not pair up, so promote cannot tell which lines to drop:\n` +
      problems.map(({ line, message, fix }) => `  - line ${line} ${message}: ${fix}`).join('\n'),
  );
}

/** Drops the moved README's preview-only passages, marks included. Returns how many it dropped. */
export function dropPreviewOnlyPassages(tree: Tree, options: NormalizedPromoteOptions): number {
  const path = joinPathFragments(options.stableRoot, 'README.md');
  const readme = tree.read(path, 'utf-8');
  if (readme === null) return 0;
  const count = readPreviewOnlyMarks(readme.split('\n')).passages.length;
  if (count > 0) tree.write(path, dropPassages(readme));
  return count;
}
