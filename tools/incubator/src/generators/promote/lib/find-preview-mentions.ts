import { joinPathFragments, visitNotIgnoredFiles, type Tree } from '@nx/devkit';
import { findPreviewWording } from '../../../policy/rules/find-preview-wording.js';
import type { NormalizedPromoteOptions } from './normalize-options.js';

/** A quoted 'preview' (a stability value or a header a test expects), or a "preview" in prose. */
const PREVIEW_WORD = /\bpreview\b/i;
/** Code that already follows the metadata: `stability === 'preview'`, `case 'preview':`, `'stable' | 'preview'`. */
const METADATA_CONDITION = /[!=]==?\s*(['"`])preview\1|(['"`])preview\2\s*[!=]==?|\bcase\s+(['"`])preview\3\s*:|(['"`])preview\4\s*\||\|\s*(['"`])preview\5/;
/** Prose that is conditional itself: "warns exactly when the firewall is a preview". */
const CONDITIONAL_PROSE = /\b(?:when|while|if|unless|until|once)\b[^.;:()]*?\bpreview\b/i;
/**
 * The word inside a name that stays valid after promotion: `--no-preview-warning`, `preview-only`,
 * and the labelling features themselves ("the preview notice", "preview labels").
 */
const VALID_NAME = /[\w$-]*(?:[\w$]-preview|preview-[\w$])[\w$-]*|\bpreview\s+(?:notices?|warnings?|labels?|banners?)\b/gi;
/** An assertion that something is absent stays true once nothing is labelled: `.not.toMatch(/\[preview\]/)`. */
const ABSENCE_ASSERTION = /\.not\.to\w*\(/;
/** A variable named preview used as a value (`preview ? [...] : []`, `toBe(preview)`): it holds the metadata. */
const PREVIEW_VARIABLE = /(?<![\w$.'"`-])!?preview\s*(?:\?|\)|&&|\|\|)/;
/** A ternary's branch on the line below its condition. */
const TERNARY_BRANCH = /^\s*[?:]/;
const COMMENT_LINE = /^\s*(?:\/\/|\/?\*)/;

/**
 * What would really be wrong once the package is stable, for the maintainer to review: tests
 * asserting the preview header or start-up warning now fail, and the generator does not guess how
 * a test should read. Lines that already depend on the metadata (and the comments right above
 * them) stay right, as do names like `previewWarning`. The README is read with the detector of
 * the readme-preview-wording rule, after promote dropped its preview-only passages. Returns
 * "file:line" entries.
 */
export function findPreviewMentions(tree: Tree, options: NormalizedPromoteOptions): string[] {
  const mentions: string[] = [];
  for (const folder of ['src', 'tests']) {
    visitNotIgnoredFiles(tree, joinPathFragments(options.stableRoot, folder), (file) => {
      if (!file.endsWith('.ts')) return;
      mentions.push(...previewLinesOfCode(tree.read(file, 'utf-8') ?? '').map((line) => `${file}:${line}`));
    });
  }
  return [...mentions, ...readmeMentions(tree, options)];
}

/** 1-based lines of the source that say preview unconditionally. */
function previewLinesOfCode(source: string): number[] {
  const lines = source.split('\n');
  const conditional = conditionalLines(lines);
  return lines.flatMap((line, index) => (!conditional.has(index) && saysPreview(line) ? [index + 1] : []));
}

function saysPreview(line: string): boolean {
  return PREVIEW_WORD.test(line.replace(VALID_NAME, '')) && !CONDITIONAL_PROSE.test(line) && !ABSENCE_ASSERTION.test(line);
}

/**
 * Lines that follow the metadata, with the comment block right above each (it explains the
 * condition) and the ternary branches right below.
 */
function conditionalLines(lines: readonly string[]): Set<number> {
  const conditional = new Set<number>();
  lines.forEach((line, index) => {
    if (!METADATA_CONDITION.test(line) && !PREVIEW_VARIABLE.test(withoutStrings(line))) return;
    conditional.add(index);
    for (let above = index - 1; above >= 0 && COMMENT_LINE.test(lines[above]); above -= 1) conditional.add(above);
    for (let below = index + 1; below < lines.length && TERNARY_BRANCH.test(lines[below]); below += 1) conditional.add(below);
  });
  return conditional;
}

function withoutStrings(line: string): string {
  return line.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '""');
}

function readmeMentions(tree: Tree, options: NormalizedPromoteOptions): string[] {
  const path = joinPathFragments(options.stableRoot, 'README.md');
  const readme = tree.read(path, 'utf-8');
  if (readme === null) return [];
  const names = { packageName: options.packageName, serviceNames: [...new Set([options.name, options.serviceName])] };
  return findPreviewWording(readme, names).map(({ line }) => `${path}:${line}`);
}
