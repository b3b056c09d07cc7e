import { isDeepStrictEqual } from 'node:util';
import { parse } from 'smol-toml';
import { GeneratorRefusal } from '../../../lib/generator-refusal.js';

/**
 * Removes one service from a switchyard.toml, editing the text so the operator's comments
 * and layout stay: the entry in `service_plugins`, the entry in `[preview] enabled`, and the
 * `[plugins.<service>]` section with the comment block right above it. smol-toml reads the
 * file before and after, and the edit is refused unless exactly those values went away.
 */
export interface TomlEdit {
  text: string;
  /** What was removed, for the generator's report (`service_plugins`, `[preview] enabled`, ...). */
  removed: string[];
}

type TomlTable = Record<string, unknown>;

export function removeServiceFromToml(text: string, service: string, packageName: string, file = 'switchyard.toml'): TomlEdit {
  const before = parseOrRefuse(text, file);
  const entries = new Set([service, packageName]);
  const removed: string[] = [];
  let edited = text;
  if (listHas(before.service_plugins, entries)) {
    edited = removeArrayEntries(edited, undefined, 'service_plugins', entries);
    removed.push('service_plugins');
  }
  if (listHas(table(before.preview)?.enabled, entries)) {
    edited = removeArrayEntries(edited, 'preview', 'enabled', entries);
    removed.push('[preview] enabled');
  }
  if (table(before.plugins)?.[service] !== undefined) {
    edited = removePluginSection(edited, service);
    removed.push(`[plugins.${service}]`);
  }
  checkEdit(before, edited, service, entries, file);
  return { text: edited, removed };
}

function parseOrRefuse(text: string, file: string): TomlTable {
  try {
    return parse(text) as TomlTable;
  } catch (error) {
    throw new GeneratorRefusal(`Cannot read ${file}: ${(error as Error).message.split('\n')[0]}. Fix the file first; the generator edits it.`);
  }
}

function table(value: unknown): TomlTable | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as TomlTable) : undefined;
}

function listHas(value: unknown, entries: Set<string>): boolean {
  return Array.isArray(value) && value.some((entry) => entries.has(String(entry)));
}

/** The values the edit must produce, computed on the parsed file. */
function expectedAfter(before: TomlTable, service: string, entries: Set<string>): TomlTable {
  const after = structuredClone(before);
  const without = (list: unknown) => (Array.isArray(list) ? list.filter((entry) => !entries.has(String(entry))) : list);
  if ('service_plugins' in after) after.service_plugins = without(after.service_plugins);
  const preview = table(after.preview);
  if (preview && 'enabled' in preview) preview.enabled = without(preview.enabled);
  delete table(after.plugins)?.[service];
  return after;
}

function checkEdit(before: TomlTable, edited: string, service: string, entries: Set<string>, file: string): void {
  const after = parseOrRefuse(edited, file);
  const expected = expectedAfter(before, service, entries);
  // `[plugins.x]` headers create `plugins` implicitly: once the last goes, so does `plugins`.
  const { plugins: afterPlugins = {}, ...afterRest } = after;
  const { plugins: expectedPlugins = {}, ...expectedRest } = expected;
  if (!isDeepStrictEqual(afterRest, expectedRest) || !isDeepStrictEqual(afterPlugins, expectedPlugins)) {
    throw new GeneratorRefusal(
      `Cannot edit ${file} safely: its layout for "${service}" is unusual (inline tables or dotted keys). Remove "${service}" from service_plugins, ` +
        `[preview] enabled and [plugins.${service}] by hand, then run the generator again.`,
    );
  }
}

const HEADER = /^\s*\[\s*([^\]]*?)\s*\]\s*(#.*)?$/;

/** Line ranges of each table: the root (name undefined) and every `[header]`. */
function tableOfLine(lines: string[]): Array<string | undefined> {
  let current: string | undefined;
  return lines.map((line) => {
    const header = HEADER.exec(line);
    if (header && !line.trim().startsWith('[[')) current = header[1].replace(/\s*\.\s*/g, '.').replace(/"/g, '');
    return current;
  });
}

/** Removes the given string entries from `key = [...]` inside one table, keeping everything else. */
function removeArrayEntries(text: string, tableName: string | undefined, key: string, entries: Set<string>): string {
  const lines = text.split('\n');
  const tables = tableOfLine(lines);
  const keyPattern = new RegExp(`^\\s*${key}\\s*=\\s*\\[`);
  const lineIndex = lines.findIndex((line, index) => tables[index] === tableName && keyPattern.test(line));
  if (lineIndex === -1) return text;
  const start = lines.slice(0, lineIndex).reduce((offset, line) => offset + line.length + 1, 0) + lines[lineIndex].indexOf('[');
  const elements = scanArray(text, start);
  const doomed = elements.items.filter((item) => entries.has(item.value));
  let result = text;
  // From the end, so earlier offsets stay valid.
  for (const item of [...doomed].reverse()) {
    const index = elements.items.indexOf(item);
    const next = elements.items[index + 1];
    const previous = elements.items[index - 1];
    const [from, to] = next ? [item.start, next.start] : previous ? [previous.end, item.end] : [item.start, item.end];
    result = result.slice(0, from) + result.slice(to);
    elements.items.splice(index, 1);
  }
  return result;
}

interface ArrayItem {
  value: string;
  start: number;
  end: number;
}

/** Finds the string items of the array starting at `text[start] === '['` (strings and comments respected). */
function scanArray(text: string, start: number): { items: ArrayItem[]; end: number } {
  const items: ArrayItem[] = [];
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === ']') return { items, end: index };
    if (char === '#') index = text.indexOf('\n', index) === -1 ? text.length : text.indexOf('\n', index);
    else if (char === '"' || char === "'") {
      const close = findStringEnd(text, index);
      items.push({ value: JSON.parse(char === '"' ? text.slice(index, close + 1) : JSON.stringify(text.slice(index + 1, close))), start: index, end: close + 1 });
      index = close + 1;
    } else index += 1;
  }
  return { items, end: text.length };
}

function findStringEnd(text: string, open: number): number {
  const quote = text[open];
  let index = open + 1;
  while (index < text.length && text[index] !== quote) index += quote === '"' && text[index] === '\\' ? 2 : 1;
  return index;
}

/** Removes `[plugins.<service>]` (and its sub-tables) with the comment block directly above it. */
function removePluginSection(text: string, service: string): string {
  const lines = text.split('\n');
  const tables = tableOfLine(lines);
  const owned = (name: string | undefined) => name === `plugins.${service}` || name?.startsWith(`plugins.${service}.`) === true;
  const first = tables.findIndex(owned);
  if (first === -1) return text;
  let last = first;
  while (last + 1 < lines.length && owned(tables[last + 1])) last += 1;
  // The next section's own leading comments stay with it.
  while (last > first && isCommentOrBlank(lines[last]) && last + 1 < lines.length) last -= 1;
  let from = first;
  while (from > 0 && lines[from - 1].trim().startsWith('#')) from -= 1;
  // Drop the blank line that separated the section from what came before.
  if (from > 0 && lines[from - 1].trim() === '') from -= 1;
  const kept = [...lines.slice(0, from), ...lines.slice(last + 1)].join('\n');
  return text.endsWith('\n') && !kept.endsWith('\n') ? `${kept}\n` : kept;
}

function isCommentOrBlank(line: string): boolean {
  return line.trim() === '' || line.trim().startsWith('#');
}
