import { parse } from 'yaml';

/** The `---` delimited block that opens a blueprint, as lines; empty when the file has none. */
export function frontMatterLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  return end === -1 ? [] : lines.slice(1, end);
}

/**
 * The front matter's `graduation:` value as written, read as YAML (criteria nest: benchmarks,
 * docs), or why the front matter is not valid YAML. Empty when the blueprint names no criteria.
 */
export function readBlueprintGraduation(text: string): { graduation?: unknown; frontMatterError?: string } {
  const block = frontMatterLines(text);
  if (!block.some((line) => line.startsWith('graduation:'))) return {};
  try {
    const parsed: unknown = parse(block.join('\n'));
    return { graduation: typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).graduation : undefined };
  } catch (caught) {
    return { frontMatterError: (caught as Error).message.split('\n')[0] as string };
  }
}
