import { commentBlockAbove, lineNumber, samePath, scanToml } from './toml-document.js';

/** The text without the keys, or the line of one a line edit cannot take out. */
export type KeysRemoval = { text: string } | { unsafe: string };

/**
 * Removes `key = value` statements of the table at `table`, each with the comment block that
 * describes it and the blank line before that block (the config sample's layout), one at a time.
 */
export function removeKeys(text: string, table: readonly string[], keys: readonly string[]): KeysRemoval {
  let current = text;
  for (const key of keys) {
    const path = [...table, key];
    const statement = scanToml(current).keyValues.find((entry) => samePath(entry.path, path));
    if (!statement) continue;
    // Outside inline tables TOML puts every statement on lines of its own (a comment may follow).
    if (statement.inline) return { unsafe: `line ${lineNumber(current, statement.start)} holds ${path.join('.')} inside an inline table` };
    current = cutLines(current, lineNumber(current, statement.start) - 1, lineNumber(current, statement.valueEnd) - 1);
  }
  return { text: current };
}

function cutLines(text: string, firstLine: number, lastLine: number): string {
  const lines = text.split('\n');
  let first = firstLine - commentBlockAbove(lines, firstLine).length;
  if (first > 0 && lines[first - 1].trim() === '') first -= 1;
  return [...lines.slice(0, first), ...lines.slice(lastLine + 1)].join('\n');
}
