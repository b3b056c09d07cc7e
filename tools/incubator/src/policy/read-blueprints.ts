import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { frontMatterLines, readBlueprintGraduation } from '../lib/blueprint-graduation.js';
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
      return { ref: name.replace(/\.md$/, ''), file, status: readFrontMatterField(text, 'status'), ...readBlueprintGraduation(text) };
    }),
  );
}

/** A `key: value` line of the `---` delimited block that opens the file, unquoted; undefined when absent. */
export function readFrontMatterField(text: string, key: string): string | undefined {
  const block = frontMatterLines(text);
  const prefix = `${key}:`;
  const line = block.find((candidate) => candidate.startsWith(prefix));
  return line?.slice(prefix.length).trim().replace(/^(["'])(.*)\1$/, '$2');
}
