import type { Tree } from '@nx/devkit';
import { parse } from 'smol-toml';
import type { NormalizedPromoteOptions } from './normalize-options.js';

export const SERVER_CONFIG = 'switchyard.toml';

const PREVIEW_COMMENT = /^(\s*)#\s*PREVIEW:\s*/;

/**
 * Edits switchyard.toml line by line (a TOML writer would drop every comment): the inline
 * "# PREVIEW:" note on service_plugins and the "# PREVIEW:" comment above [plugins.<service>]
 * go, and the service leaves [preview] enabled, where the server would otherwise warn at every
 * start that a stable service no longer needs the opt-in. Returns whether the file changed.
 */
export function relabelServerConfig(tree: Tree, options: NormalizedPromoteOptions): boolean {
  const original = tree.read(SERVER_CONFIG, 'utf-8');
  if (original === null) return false;
  let lines = original.split('\n');
  lines = dropInlinePreviewNote(lines, options.serviceName);
  lines = relabelPluginSection(lines, options.serviceName);
  lines = removePreviewOptIn(lines, options.serviceName, original);
  const updated = lines.join('\n');
  if (updated === original) return false;
  tree.write(SERVER_CONFIG, updated);
  return true;
}

function dropInlinePreviewNote(lines: string[], service: string): string[] {
  return lines.map((line) => {
    const match = /^(\s*service_plugins\s*=\s*\[[^\]]*\])\s*#\s*PREVIEW:(.*)$/.exec(line);
    return match && mentions(match[2], service) ? match[1] : line;
  });
}

/** The comment block right above [plugins.<service>]: "# PREVIEW: settings of ..." becomes "# Settings of ...". */
function relabelPluginSection(lines: string[], service: string): string[] {
  const header = lines.findIndex((line) => isSectionHeader(line, `plugins.${service}`));
  const result = [...lines];
  for (let index = header - 1; header > 0 && index >= 0 && result[index].trimStart().startsWith('#'); index -= 1) {
    result[index] = result[index].replace(PREVIEW_COMMENT, (_, indent: string) => `${indent}# `).replace(/^(\s*# )([a-z])/, (_, prefix: string, letter: string) => prefix + letter.toUpperCase());
  }
  return result;
}

/** Rewrites `enabled = [...]` under [preview] without the service, keeping the other previews. */
function removePreviewOptIn(lines: string[], service: string, original: string): string[] {
  const enabled = (parse(original).preview as { enabled?: unknown } | undefined)?.enabled;
  if (!Array.isArray(enabled) || !enabled.includes(service)) return lines;
  const section = lines.findIndex((line) => isSectionHeader(line, 'preview'));
  const start = lines.findIndex((line, index) => index > section && /^\s*enabled\s*=/.test(line));
  let end = start;
  while (!lines[end].includes(']') && end + 1 < lines.length) end += 1;
  const remaining = enabled.filter((entry) => entry !== service).map((entry) => JSON.stringify(entry));
  return [...lines.slice(0, start), `enabled = [${remaining.join(', ')}]`, ...lines.slice(end + 1)];
}

function isSectionHeader(line: string, table: string): boolean {
  return line.trim().replace(/\s+/g, '') === `[${table}]`;
}

/** Whether a comment names the service as a whole word (names are literal text, never a pattern). */
function mentions(comment: string, service: string): boolean {
  return comment.split(/[^A-Za-z0-9_@/.-]+/).includes(service);
}
