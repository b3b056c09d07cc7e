import type { Tree } from '@nx/devkit';
import { GeneratorRefusal } from './generator-refusal.js';

/** Blueprint references name a file, so they may not climb out of blueprints/. */
const BLUEPRINT_REF = /^[A-Za-z][A-Za-z0-9-]*$/;

export function blueprintPath(ref: string): string {
  return `blueprints/${ref}.md`;
}

/**
 * Refuses unless blueprints/<ref>.md exists and its front matter says `status: approved`:
 * every preview (and every renewal) is accepted under an approved design proposal.
 */
export function checkApprovedBlueprint(tree: Tree, ref: string): void {
  if (!BLUEPRINT_REF.test(ref)) {
    throw new GeneratorRefusal(`Blueprint reference ${JSON.stringify(ref)} is not valid: expected a reference such as "BP-0002" (the file blueprints/BP-0002.md).`);
  }
  const path = blueprintPath(ref);
  const text = tree.read(path, 'utf-8');
  if (text === null) {
    throw new GeneratorRefusal(`Blueprint ${ref} not found: expected ${path} with "status: approved" in its front matter. Write the blueprint and have it approved first.`);
  }
  const status = readFrontMatterStatus(text);
  if (status !== 'approved') {
    const found = status === undefined ? 'has no status' : `has status "${status}"`;
    throw new GeneratorRefusal(`Blueprint ${ref} is not approved: ${path} ${found}; only a blueprint with "status: approved" in its front matter can be used.`);
  }
}

/** The `status:` line of a `---` delimited front matter block, unquoted; undefined when absent. */
export function readFrontMatterStatus(text: string): string | undefined {
  return readFrontMatterField(text, 'status');
}

/** One `<field>:` line of a `---` delimited front matter block, unquoted; undefined when absent. */
export function readFrontMatterField(text: string, field: string): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  for (const line of lines.slice(1)) {
    if (line.trim() === '---') return undefined;
    const [key, ...value] = line.split(':');
    if (value.length > 0 && key.trim() === field && key === key.trimStart()) return value.join(':').trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return undefined;
}
