import { parse } from 'smol-toml';
import { lineEnd, lineStart, samePath, scanArrayItems, scanToml, skipTrivia } from './toml-document.js';

/**
 * Removes the string items of the array at `path` (`a.b = [...]`, `[a] b = [...]` or
 * `a = { b = [...] }`) that `entries` names, one at a time so each cut sees the text as it is:
 * an item alone on its line goes with its line (and comment), an inline one with its comma.
 * Returns the text unchanged when there is no such array.
 */
export function removeArrayItems(text: string, path: readonly string[], entries: ReadonlySet<string>): string {
  let current = text;
  for (;;) {
    const array = findArray(current, path);
    if (array === undefined) return current;
    const index = array.items.findIndex((item) => entries.has(itemValue(current, item) as string));
    if (index === -1) return current === text ? text : collapseEmpty(current, array);
    current = cutItem(current, array, index);
  }
}

interface ArrayLocation {
  start: number;
  end: number;
  items: Array<{ start: number; end: number }>;
}

function findArray(text: string, path: readonly string[]): ArrayLocation | undefined {
  const entry = scanToml(text).keyValues.find((candidate) => !candidate.inArrayTable && samePath(candidate.path, path));
  if (entry === undefined || text[entry.valueStart] !== '[') return undefined;
  const { items, end } = scanArrayItems(text, entry.valueStart);
  return { start: entry.valueStart, end, items };
}

/** The item's value as TOML reads it (escapes and all), so names compare exactly. */
function itemValue(text: string, item: { start: number; end: number }): unknown {
  return parse(`value = ${text.slice(item.start, item.end)}`).value;
}

function cutItem(text: string, array: ArrayLocation, index: number): string {
  const item = array.items[index];
  const afterComma = text[skipTrivia(text, item.end, false)] === ',' ? skipTrivia(text, item.end, false) + 1 : item.end;
  const ownLine = ownLineRange(text, array, item.start, afterComma);
  if (ownLine) return text.slice(0, ownLine.from) + text.slice(ownLine.to);
  const next = array.items[index + 1];
  const previous = array.items[index - 1];
  if (next) return text.slice(0, item.start) + text.slice(next.start);
  if (previous) return text.slice(0, previous.end) + text.slice(item.end);
  return text.slice(0, item.start) + text.slice(afterComma);
}

/** The whole line(s) of an item that has them to itself (between the array's `[` line and `]` line). */
function ownLineRange(text: string, array: ArrayLocation, itemStart: number, afterComma: number): { from: number; to: number } | undefined {
  const from = lineStart(text, itemStart);
  const end = lineEnd(text, afterComma);
  const alone = text.slice(from, itemStart).trim() === '' && skipTrivia(text, afterComma, false) >= end;
  if (!alone || from <= array.start || end >= array.end - 1) return undefined;
  const to = text.indexOf('\n', end);
  return { from, to: to === -1 ? text.length : to + 1 };
}

/** `[  ]` left by the cuts becomes `[]`; an array that keeps comments inside keeps its layout. */
function collapseEmpty(text: string, array: ArrayLocation): string {
  const inner = text.slice(array.start + 1, array.end - 1);
  if (array.items.length > 0 || inner.trim() !== '') return text;
  return text.slice(0, array.start) + '[]' + text.slice(array.end);
}
