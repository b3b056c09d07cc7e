import { type TomlDocument, lineEnd, lineNumber, lineStart, scanToml, skipTrivia, startsWithPath } from './toml-document.js';

/** The text without the table, or where it sits in a way a line edit cannot take out. */
export type TableRemoval = { text: string } | { unsafe: string };

/**
 * Removes the table at `path` in every form it can take: `[a.b]` sections and their sub-tables
 * (with the comment block right above each), and whole-line `a.b.x = ...` or `b = {...}`
 * statements. A part inside another inline table (`a = { b = {...} }`) is refused, by line.
 */
export function removeTable(text: string, path: readonly string[]): TableRemoval {
  let current = text;
  for (;;) {
    const document = scanToml(current);
    const inline = document.keyValues.find((entry) => entry.inline && startsWithPath(entry.path, path) && !insideOwnedStatement(document, entry.start, path));
    if (inline) return { unsafe: `line ${lineNumber(current, inline.start)} holds ${path.join('.')} inside an inline table` };
    const header = document.headers.find((candidate) => startsWithPath(candidate.path, path));
    if (header) {
      current = cutSection(current, document, document.headers.indexOf(header));
      continue;
    }
    const statement = document.keyValues.find((entry) => !entry.inline && startsWithPath(entry.path, path));
    if (!statement) return { text: current };
    const range = wholeLines(current, statement.start, statement.valueEnd);
    if (!range) return { unsafe: `line ${lineNumber(current, statement.start)} shares its line with ${path.join('.')}` };
    current = current.slice(0, range.from) + current.slice(range.to);
  }
}

/** Whether an inline key sits in a statement that is itself part of the table (removed whole). */
function insideOwnedStatement(document: TomlDocument, offset: number, path: readonly string[]): boolean {
  return document.keyValues.some((entry) => !entry.inline && startsWithPath(entry.path, path) && entry.start < offset && offset < entry.valueEnd);
}

/**
 * A section runs from its header to the next header; the comment block above the header goes
 * with it (and the blank line before that), while the comments and blank lines that end it belong
 * to whatever follows.
 */
function cutSection(text: string, document: TomlDocument, index: number): string {
  const lines = text.split('\n');
  const headerLine = lineNumber(text, document.headers[index].start) - 1;
  const next = document.headers[index + 1];
  let last = next ? lineNumber(text, next.start) - 2 : lines.length - 1;
  if (next) while (last > headerLine && isCommentOrBlank(lines[last])) last -= 1;
  let first = headerLine;
  while (first > 0 && lines[first - 1].trim().startsWith('#')) first -= 1;
  if (first > 0 && lines[first - 1].trim() === '') first -= 1;
  const kept = [...lines.slice(0, first), ...lines.slice(last + 1)].join('\n');
  return text.endsWith('\n') && !kept.endsWith('\n') ? `${kept}\n` : kept;
}

/** The statement's lines with their line break, when nothing but a comment shares them. */
function wholeLines(text: string, start: number, end: number): { from: number; to: number } | undefined {
  const from = lineStart(text, start);
  const close = lineEnd(text, end);
  if (text.slice(from, start).trim() !== '' || skipTrivia(text, end, false) < close) return undefined;
  const to = text.indexOf('\n', close);
  return { from, to: to === -1 ? text.length : to + 1 };
}

function isCommentOrBlank(line: string): boolean {
  return line.trim() === '' || line.trim().startsWith('#');
}
