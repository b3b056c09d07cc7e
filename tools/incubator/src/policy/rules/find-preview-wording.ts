import { blankPreviewOnlyPassages } from './preview-only-marks.js';

/** How a README names its own package: `@switchyard/firewall`, and the service names ("firewall"). */
export interface PackageNames {
  packageName: string;
  serviceNames: string[];
}

/** A line of a README that calls its own package a preview, outside preview-only passages. */
export interface PreviewWording {
  /** 1-based. */
  line: number;
  text: string;
  /** What the line does, e.g. 'says it is a preview'. */
  says: string;
}

/**
 * Where the words sit: a heading, one line of fenced code (a TOML `[preview]` section is one unit
 * with its keys), or one sentence of prose. Whether "preview" is about this package is decided
 * per unit, so a stable README that explains previews in general ("a preview plugin's commands
 * read `[preview]`") passes, and one whose own opt-in or label is left over does not.
 */
interface Unit {
  kind: 'heading' | 'code' | 'sentence';
  text: string;
  firstLine: number;
}

interface Wording {
  says: string;
  pattern: RegExp;
  /** A statement ("X is a preview") refers to the package only when the package is its subject. */
  statement?: true;
}

const WORDINGS: readonly Wording[] = [
  { says: 'labels it PREVIEW', pattern: /\bPREVIEW\b/g },
  { says: 'labels it "(preview)"', pattern: /\(preview\)/gi },
  { says: 'labels it "[preview]" or opts it in under [preview]', pattern: /\[\s*preview\s*\]/gi },
  { says: 'opts it in under preview.enabled', pattern: /\bpreview\s*(?:\.\s*enabled\b|=\s*\{)/gi },
  { says: 'says it is a preview', pattern: /\b(?:is|are)\s+(?:still\s+)?(?:a|in)\s+[*_]*preview\b/gi, statement: true },
];

const FENCE = /^\s*(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}#{1,6}\s/;
const BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|\|)/;
const PREVIEW_SECTION = /^\s*\[\s*preview\s*\]\s*(?:#.*)?$/i;
/** Lines that stay inside a TOML section: keys, comments, blanks (not another header, not shell). */
const TOML_KEY_LINE = /^\s*(?:$|#|[\w".-]+\s*=)/;
const MARK_LINE = /^\s*<!--.*-->\s*$/;
/** "PREVIEW" as a label of its own: opening a sentence, or followed by a colon. */
const LABEL = /^[\s>*_#`-]*(?:⚠\s*)?PREVIEW\b|\bPREVIEW\s*:/;

export function findPreviewWording(readme: string, names: PackageNames): PreviewWording[] {
  const lines = readme.split(/\r?\n/);
  const found = new Map<number, PreviewWording>();
  for (const unit of readUnits(blankPreviewOnlyPassages(lines))) {
    for (const wording of WORDINGS) {
      for (const match of unit.text.matchAll(wording.pattern)) {
        const line = unit.firstLine + countNewlines(unit.text.slice(0, match.index));
        if (!found.has(line) && refersToPackage(unit, wording, names)) found.set(line, { line, text: lines[line - 1] ?? '', says: wording.says });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}

function refersToPackage(unit: Unit, wording: Wording, names: PackageNames): boolean {
  if (unit.kind === 'heading') return true;
  if (unit.kind === 'code') return namePatterns(names, 'code').some((pattern) => pattern.test(unit.text));
  if (wording.statement === true) return subjectPattern(names).test(unit.text);
  if (LABEL.test(unit.text)) return true;
  return namePatterns(names, 'prose').some((pattern) => pattern.test(unit.text));
}

/**
 * In code, the bare name counts ("# PREVIEW: settings of the firewall plugin"). In prose only an
 * unmistakable one does (the package name, a quoted or code-formatted service name, "this
 * plugin"), since a service name like "server" is an ordinary word of its own README.
 */
function namePatterns(names: PackageNames, where: 'code' | 'prose'): RegExp[] {
  const packageName = new RegExp(escapeRegExp(names.packageName));
  const serviceNames = names.serviceNames.map(escapeRegExp);
  if (where === 'code') return [packageName, ...serviceNames.map((name) => new RegExp(`(?<![\\w-])${name}(?![\\w-])`))];
  return [packageName, /\bthis\s+(?:plugin|service|package)\b/i, ...serviceNames.map((name) => new RegExp(`["'\`]${name}["'\`]`))];
}

/** "it is a preview", "this service is a *preview*", "the firewall is still a preview", "`firewall` is in preview". */
function subjectPattern(names: PackageNames): RegExp {
  const own = [names.packageName, ...names.serviceNames].map(escapeRegExp).join('|');
  const subject = `(?:\\bit|\\bthis\\s+(?:plugin|service|package)|(?:\\bthe\\s+)?[\`*_]*(?:${own})[\`*_]*(?:\\s+(?:plugin|service|package))?)`;
  return new RegExp(`${subject}\\s+is\\s+(?:still\\s+)?(?:a|in)\\s+[*_]*preview\\b`, 'i');
}

function readUnits(lines: readonly string[]): Unit[] {
  const units: Unit[] = [];
  let paragraph: string[] = [];
  let paragraphStart = 0;
  let fence: string | undefined;
  let section: Unit | undefined;
  const flush = () => {
    if (paragraph.length > 0) units.push(...sentencesOf(paragraph.join('\n'), paragraphStart));
    paragraph = [];
  };
  lines.forEach((line, index) => {
    const number = index + 1;
    const fenceMarker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMarker !== undefined && fenceMarker.startsWith(fence)) {
        fence = undefined;
        section = undefined;
      } else if (PREVIEW_SECTION.test(line)) {
        section = { kind: 'code', text: line, firstLine: number };
        units.push(section);
      } else if (section !== undefined && TOML_KEY_LINE.test(line)) {
        section.text += `\n${line}`;
      } else {
        section = undefined;
        units.push({ kind: 'code', text: line, firstLine: number });
      }
      return;
    }
    if (fenceMarker !== undefined) {
      flush();
      fence = fenceMarker;
    } else if (line.trim() === '' || MARK_LINE.test(line)) {
      flush();
    } else if (HEADING.test(line)) {
      flush();
      units.push({ kind: 'heading', text: line, firstLine: number });
    } else {
      if (BLOCK_START.test(line)) flush();
      if (paragraph.length === 0) paragraphStart = number;
      paragraph.push(line);
    }
  });
  flush();
  return units;
}

/** Sentences end at ".", "!" or "?" before a space or the paragraph's end ("e.g." splits too: harmless). */
function sentencesOf(text: string, firstLine: number): Unit[] {
  const sentences: Unit[] = [];
  let start = 0;
  for (const end of [...text.matchAll(/[.!?](?=\s|$)/g)].map((match) => match.index + 1).concat(text.length)) {
    if (end > start) sentences.push({ kind: 'sentence', text: text.slice(start, end), firstLine: firstLine + countNewlines(text.slice(0, start)) });
    start = end;
  }
  return sentences;
}

function countNewlines(text: string): number {
  return text.split('\n').length - 1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
