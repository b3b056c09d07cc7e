/**
 * Where each key and table of a TOML text sits, by offset, so an edit can change the text in
 * place and keep the operator's comments and layout. smol-toml (which keeps no positions) has
 * already accepted the text, so this scanner only has to find boundaries, not validate.
 */

/** `[a.b]` or `[[a.b]]`, from its `[` to the end of its line. */
export interface TomlHeader {
  kind: 'table' | 'array-table';
  path: string[];
  start: number;
  end: number;
}

/** `key = value` anywhere: at the top, under a header, or inside an inline table. */
export interface TomlKeyValue {
  /** The enclosing table's path, then the key's own (dotted) parts. */
  path: string[];
  /** Offset of the key's first character. */
  start: number;
  valueStart: number;
  valueEnd: number;
  /** Inside an inline table (`a = { key = ... }`): it shares its line(s) with the table's other keys. */
  inline: boolean;
  /** Under a `[[header]]`: one element of an array of tables, not a table of its own. */
  inArrayTable: boolean;
}

export interface TomlDocument {
  text: string;
  headers: TomlHeader[];
  keyValues: TomlKeyValue[];
}

/** Scans a text that smol-toml parsed without error. */
export function scanToml(text: string): TomlDocument {
  const document: TomlDocument = { text, headers: [], keyValues: [] };
  let table: string[] = [];
  let inArrayTable = false;
  let index = skipTrivia(text, 0, true);
  while (index < text.length) {
    if (text[index] === '[') {
      const header = scanHeader(text, index);
      document.headers.push(header);
      table = header.path;
      inArrayTable = header.kind === 'array-table';
      index = header.end;
    } else {
      index = scanKeyValue(document, index, table, { inline: false, inArrayTable });
    }
    index = skipTrivia(text, index, true);
  }
  return document;
}

function scanHeader(text: string, start: number): TomlHeader {
  const kind = text.startsWith('[[', start) ? 'array-table' : 'table';
  const key = scanKey(text, skipTrivia(text, start + (kind === 'array-table' ? 2 : 1), false));
  return { kind, path: key.parts, start, end: lineEnd(text, key.end) };
}

function scanKeyValue(document: TomlDocument, start: number, table: string[], place: { inline: boolean; inArrayTable: boolean }): number {
  const { text } = document;
  const key = scanKey(text, start);
  const valueStart = skipTrivia(text, skipTrivia(text, key.end, false) + 1, false);
  const path = [...table, ...key.parts];
  const entry: TomlKeyValue = { path, start, valueStart, valueEnd: valueStart, ...place };
  document.keyValues.push(entry);
  entry.valueEnd = scanValue(document, valueStart, path, place.inArrayTable);
  return entry.valueEnd;
}

/** A dotted key (`a . "b c" . 'd'`); returns its decoded parts and the offset after it. */
function scanKey(text: string, start: number): { parts: string[]; end: number } {
  const parts: string[] = [];
  let index = start;
  for (;;) {
    const end = text[index] === '"' || text[index] === "'" ? stringEnd(text, index) : bareKeyEnd(text, index);
    parts.push(decodeKey(text.slice(index, end)));
    const after = skipTrivia(text, end, false);
    if (text[after] !== '.') return { parts, end };
    index = skipTrivia(text, after + 1, false);
  }
}

function bareKeyEnd(text: string, start: number): number {
  let index = start;
  while (index < text.length && /[A-Za-z0-9_-]/.test(text[index])) index += 1;
  return index;
}

function decodeKey(raw: string): string {
  if (raw.startsWith("'")) return raw.slice(1, -1);
  if (!raw.startsWith('"')) return raw;
  // TOML's \UXXXXXXXX is the one escape JSON lacks.
  return JSON.parse(raw.replace(/\\U([0-9A-Fa-f]{8})/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))) as string;
}

/** The offset right after the value starting at `start`; inline tables record their keys on the way. */
function scanValue(document: TomlDocument, start: number, path: string[], inArrayTable: boolean): number {
  const { text } = document;
  const char = text[start];
  if (char === '"' || char === "'") return stringEnd(text, start);
  // Tables inside arrays are elements, not keys of the document: scanned for their length only.
  if (char === '[') return scanArrayItems(text, start).end;
  if (char === '{') return inlineTableEnd(document, start, path, inArrayTable);
  let index = start;
  while (index < text.length && !',]}#\r\n'.includes(text[index])) index += 1;
  while (index > start && /[ \t]/.test(text[index - 1])) index -= 1;
  return index;
}

/** Offsets of an array's items (each `[start, end)`), and the offset after its `]`. */
export function scanArrayItems(text: string, start: number): { items: Array<{ start: number; end: number }>; end: number } {
  const scratch: TomlDocument = { text, headers: [], keyValues: [] };
  const items: Array<{ start: number; end: number }> = [];
  let index = skipTrivia(text, start + 1, true);
  while (text[index] !== ']' && index < text.length) {
    const end = scanValue(scratch, index, [], false);
    items.push({ start: index, end });
    index = skipTrivia(text, end, true);
    if (text[index] === ',') index = skipTrivia(text, index + 1, true);
  }
  return { items, end: index + 1 };
}

function inlineTableEnd(document: TomlDocument, start: number, path: string[], inArrayTable: boolean): number {
  const { text } = document;
  let index = skipTrivia(text, start + 1, true);
  while (text[index] !== '}' && index < text.length) {
    index = skipTrivia(text, scanKeyValue(document, index, path, { inline: true, inArrayTable }), true);
    if (text[index] === ',') index = skipTrivia(text, index + 1, true);
  }
  return index + 1;
}

/** The offset after a basic, literal or multi-line string opening at `start`. */
function stringEnd(text: string, start: number): number {
  const quote = text[start];
  const delimiter = text.startsWith(quote.repeat(3), start) ? quote.repeat(3) : quote;
  let index = start + delimiter.length;
  while (index < text.length && !text.startsWith(delimiter, index)) index += quote === '"' && text[index] === '\\' ? 2 : 1;
  if (delimiter.length === 1) return index + 1;
  // A multi-line string may end with one or two quotes of its own: the last three of the run close it.
  let end = index;
  while (text[end] === quote && end - index < 5) end += 1;
  return end;
}

/** Skips spaces, tabs and comments, and line breaks too when `newlines`. */
export function skipTrivia(text: string, start: number, newlines: boolean): number {
  let index = start;
  while (index < text.length) {
    const char = text[index];
    if (char === ' ' || char === '\t') index += 1;
    else if (char === '#') index = lineEnd(text, index);
    else if (newlines && (char === '\n' || char === '\r')) index += 1;
    else break;
  }
  return index;
}

/** The offset of the line break ending the line that holds `index` (or the text's length). */
export function lineEnd(text: string, index: number): number {
  const newline = text.indexOf('\n', index);
  if (newline === -1) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}

export function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

/** 1-based line number of an offset, for messages. */
export function lineNumber(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

export function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

export function startsWithPath(path: readonly string[], prefix: readonly string[]): boolean {
  return path.length >= prefix.length && prefix.every((part, index) => part === path[index]);
}

/** The comment lines right above line `index` (0-based), trimmed: what a key's description is. */
export function commentBlockAbove(lines: readonly string[], index: number): string[] {
  const block: string[] = [];
  for (let line = index - 1; line >= 0 && lines[line].trim().startsWith('#'); line -= 1) block.unshift(lines[line].trim());
  return block;
}
