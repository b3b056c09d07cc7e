import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { BlueprintSnapshot } from './workspace-snapshot.js';

export const BLUEPRINTS_FOLDER = 'blueprints';

/** Blueprint files are named by their reference: blueprints/BP-0002.md. README.md explains the folder. */
const BLUEPRINT_FILE = /^(BP-\d+)\.md$/;

/** Every blueprints/BP-*.md of the workspace at `root`, with its front-matter status. */
export async function readBlueprints(root: string): Promise<BlueprintSnapshot[]> {
  const names = await readdir(path.join(root, BLUEPRINTS_FOLDER)).catch((caught: NodeJS.ErrnoException) => {
    if (caught.code === 'ENOENT') return [];
    throw caught;
  });
  const blueprintNames = names.filter((name) => BLUEPRINT_FILE.test(name)).sort();
  return Promise.all(
    blueprintNames.map(async (name) => {
      const file = `${BLUEPRINTS_FOLDER}/${name}`;
      const text = await readFile(path.join(root, file), 'utf-8');
      return { ref: name.replace(/\.md$/, ''), file, status: readFrontMatterField(text, 'status'), ...readGraduation(text) };
    }),
  );
}

/** The `graduation:` mapping of the front matter, read as YAML (criteria nest: benchmarks, docs). */
function readGraduation(text: string): Pick<BlueprintSnapshot, 'graduation' | 'frontMatterError'> {
  const block = frontMatterBlock(text);
  if (!block.some((line) => line.startsWith('graduation:'))) return {};
  try {
    const parsed: unknown = parse(block.join('\n'));
    return { graduation: typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).graduation : undefined };
  } catch (caught) {
    return { frontMatterError: (caught as Error).message.split('\n')[0] as string };
  }
}

function frontMatterBlock(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  return end === -1 ? [] : lines.slice(1, end);
}

/** A `key: value` line of the `---` delimited block that opens the file, unquoted; undefined when absent. */
export function readFrontMatterField(text: string, key: string): string | undefined {
  const block = frontMatterBlock(text);
  const prefix = `${key}:`;
  const line = block.find((candidate) => candidate.startsWith(prefix));
  return line?.slice(prefix.length).trim().replace(/^(["'])(.*)\1$/, '$2');
}
