import type * as TS from 'typescript';
import { ts } from './typescript-compiler.js';

/** The reviewed escape, written in a migration directly above the statement it allows. */
export const ESCAPE_MARKER = 'switchyard-allow-data-loss';

/** What the comment says: its reason, or an empty string when the author gave none. */
export interface DataLossEscape {
  line: number;
  reason: string;
}

const ESCAPE_COMMENT = new RegExp(`^//\\s*${ESCAPE_MARKER}\\b:?(.*)$`);

/**
 * The escape comment in the block of line comments that ends on the line right above
 * `statement`; a blank line or code in between breaks the link, so the escape cannot drift
 * away from what it allows.
 */
export function escapeAbove(statement: TS.Node, source: TS.SourceFile): DataLossEscape | undefined {
  const comments = ts.getLeadingCommentRanges(source.text, statement.getFullStart()) ?? [];
  let expectedLine = lineOf(source, statement.getStart(source)) - 1;
  for (const comment of [...comments].reverse()) {
    if (lineOf(source, comment.end) !== expectedLine) return undefined;
    const match = ESCAPE_COMMENT.exec(source.text.slice(comment.pos, comment.end).trim());
    if (match) return { line: expectedLine + 1, reason: match[1].trim() };
    expectedLine = lineOf(source, comment.pos) - 1;
  }
  return undefined;
}

function lineOf(source: TS.SourceFile, position: number): number {
  return source.getLineAndCharacterOfPosition(position).line;
}
