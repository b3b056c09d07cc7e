import type { Tree } from '@nx/devkit';
import { removePreviewOptIn } from '../../../config-file/switchyard-toml.js';
import { lineEnd, lineNumber, samePath, scanToml } from '../../../config-file/toml-document.js';
import type { NormalizedPromoteOptions } from './normalize-options.js';

export const SERVER_CONFIG = 'switchyard.toml';

const PREVIEW_COMMENT = /^(\s*)#\s*PREVIEW:\s*/;

/** What promotion does to switchyard.toml, computed before anything is written (an unsafe edit is refused). */
export interface ServerConfigRelabel {
  text: string;
  changed: boolean;
}

/**
 * The service leaves [preview] enabled (the server would otherwise warn at every start that a
 * stable service no longer needs the opt-in), through the shared switchyard.toml editor; then
 * its comments lose their "# PREVIEW:" labels: the note after service_plugins and the block
 * above [plugins.<service>]. Undefined without a switchyard.toml.
 */
export function planServerConfigRelabel(tree: Tree, options: NormalizedPromoteOptions): ServerConfigRelabel | undefined {
  const original = tree.read(SERVER_CONFIG, 'utf-8');
  if (original === null) return undefined;
  const withoutOptIn = removePreviewOptIn(original, options.serviceName, SERVER_CONFIG).text;
  const text = relabelPluginSection(dropInlinePreviewNote(withoutOptIn, options.serviceName), options.serviceName);
  return { text, changed: text !== original };
}

/** Writes the planned relabel; returns whether the file changed. */
export function relabelServerConfig(tree: Tree, relabel: ServerConfigRelabel | undefined): boolean {
  if (!relabel?.changed) return false;
  tree.write(SERVER_CONFIG, relabel.text);
  return true;
}

/** `service_plugins = [...]  # PREVIEW: ...` naming the service loses that comment. */
function dropInlinePreviewNote(text: string, service: string): string {
  const entry = scanToml(text).keyValues.find((candidate) => samePath(candidate.path, ['service_plugins']));
  if (!entry) return text;
  const end = lineEnd(text, entry.valueEnd);
  const match = /^\s*#\s*PREVIEW:(.*)$/.exec(text.slice(entry.valueEnd, end));
  return match && mentions(match[1], service) ? text.slice(0, entry.valueEnd) + text.slice(end) : text;
}

/** The comment block right above [plugins.<service>]: "# PREVIEW: settings of ..." becomes "# Settings of ...". */
function relabelPluginSection(text: string, service: string): string {
  const header = scanToml(text).headers.find((candidate) => candidate.kind === 'table' && samePath(candidate.path, ['plugins', service]));
  if (!header) return text;
  const lines = text.split('\n');
  for (let index = lineNumber(text, header.start) - 2; index >= 0 && lines[index].trimStart().startsWith('#'); index -= 1) {
    lines[index] = lines[index]
      .replace(PREVIEW_COMMENT, (_, indent: string) => `${indent}# `)
      .replace(/^(\s*# )([a-z])/, (_, prefix: string, letter: string) => prefix + letter.toUpperCase());
  }
  return lines.join('\n');
}

/** Whether a comment names the service as a whole word (names are literal text, never a pattern). */
function mentions(comment: string, service: string): boolean {
  return comment.split(/[^A-Za-z0-9_@/.-]+/).includes(service);
}
