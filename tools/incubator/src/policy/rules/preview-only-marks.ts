/**
 * Preview-only passages of a README: the lines between a `<!-- preview-only -->` line and a
 * `<!-- /preview-only -->` line. They hold while the package is a preview; promote drops them
 * (marks included), the policy check reads around them. HTML comments, so they never render.
 */
export const PREVIEW_ONLY_START = '<!-- preview-only -->';
export const PREVIEW_ONLY_END = '<!-- /preview-only -->';

/** Line indexes (0-based) of a passage's start and end marks. */
export interface PreviewOnlyPassage {
  start: number;
  end: number;
}

export interface MarkProblem {
  /** 1-based line of the mark at fault. */
  line: number;
  message: string;
  fix: string;
}

export interface PreviewOnlyMarks {
  passages: PreviewOnlyPassage[];
  problems: MarkProblem[];
}

type Mark = 'start' | 'end' | 'misplaced';

/** A mark in any spelling, to catch `<!--preview-only-->` or a mark sharing its line with text. */
const ANY_MARK = /<!--\s*\/?\s*preview-only\s*-->/i;
const FENCE = /^\s*(`{3,}|~{3,})/;

/** Marks inside fenced code are text (a README may show the syntax), so fences are tracked. */
export function readPreviewOnlyMarks(lines: readonly string[]): PreviewOnlyMarks {
  const marks: PreviewOnlyMarks = { passages: [], problems: [] };
  let fence: string | undefined;
  let open: number | undefined;
  lines.forEach((line, index) => {
    const fenceMarker = FENCE.exec(line)?.[1];
    if (fenceMarker !== undefined && (fence === undefined || fenceMarker.startsWith(fence))) {
      fence = fence === undefined ? fenceMarker : undefined;
      return;
    }
    const mark = fence === undefined ? markOf(line) : undefined;
    if (mark === 'misplaced') marks.problems.push(misplaced(index));
    else if (mark === 'start' && open !== undefined) marks.problems.push(nested(index, open));
    else if (mark === 'start') open = index;
    else if (mark === 'end' && open === undefined) marks.problems.push(unopened(index));
    else if (mark === 'end' && open !== undefined) {
      marks.passages.push({ start: open, end: index });
      open = undefined;
    }
  });
  if (open !== undefined) marks.problems.push(unclosed(open));
  return marks;
}

function markOf(line: string): Mark | undefined {
  const trimmed = line.trim();
  if (trimmed === PREVIEW_ONLY_START) return 'start';
  if (trimmed === PREVIEW_ONLY_END) return 'end';
  // Inline code may quote the syntax in prose.
  return ANY_MARK.test(line.replace(/`[^`]*`/g, '')) ? 'misplaced' : undefined;
}

function misplaced(index: number): MarkProblem {
  return {
    line: index + 1,
    message: 'has a preview-only mark that is not alone on its line, or not spelled exactly',
    fix: `write the mark as a line of its own, exactly "${PREVIEW_ONLY_START}" or "${PREVIEW_ONLY_END}"`,
  };
}

function nested(index: number, open: number): MarkProblem {
  return {
    line: index + 1,
    message: `opens a preview-only passage inside the one opened at line ${open + 1} (passages do not nest)`,
    fix: `close the passage of line ${open + 1} with a "${PREVIEW_ONLY_END}" line first, or remove this mark`,
  };
}

function unopened(index: number): MarkProblem {
  return {
    line: index + 1,
    message: 'closes a preview-only passage that was never opened',
    fix: `add a "${PREVIEW_ONLY_START}" line above the passage's first line, or remove this mark`,
  };
}

function unclosed(open: number): MarkProblem {
  return {
    line: open + 1,
    message: 'opens a preview-only passage that is never closed, so promote could not tell where it ends',
    fix: `add a "${PREVIEW_ONLY_END}" line after the passage's last line`,
  };
}

/**
 * The text without its preview-only passages, marks included. Where a passage stood between two
 * blank lines, one of them goes too, so no double blank line is left. Expects balanced marks
 * (readPreviewOnlyMarks without problems); it returns the text unchanged otherwise.
 */
export function dropPreviewOnlyPassages(text: string): string {
  const lines = text.split('\n');
  const { passages, problems } = readPreviewOnlyMarks(lines);
  if (problems.length > 0) return text;
  for (const { start, end } of [...passages].reverse()) {
    lines.splice(start, end - start + 1);
    const blankAfter = lines[start]?.trim() === '';
    if (blankAfter && start === 0) lines.splice(0, 1);
    else if (blankAfter && lines[start - 1]?.trim() === '') lines.splice(start - 1, 1);
  }
  return lines.join('\n');
}

/** The lines with every line of a preview-only passage blanked, so line numbers stay the README's. */
export function blankPreviewOnlyPassages(lines: readonly string[]): string[] {
  const blanked = [...lines];
  for (const { start, end } of readPreviewOnlyMarks(lines).passages) blanked.fill('', start, end + 1);
  return blanked;
}
