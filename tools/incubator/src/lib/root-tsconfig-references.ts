import { isDeepStrictEqual } from 'node:util';
import { type Tree, parseJson, updateJson } from '@nx/devkit';

interface SolutionTsconfig {
  references?: Array<{ path: string }>;
}

const ROOT_TSCONFIG = 'tsconfig.json';

/**
 * Root tsconfig.json lists every package, one `{ "path": "./<root>" }` per line. Edits keep that
 * layout (a reformatted file would bury the one-line change in review); a file in another layout
 * is rewritten as JSON instead. Either way the parsed result is what counts.
 */
export function addRootTsconfigReference(tree: Tree, projectRoot: string): void {
  editReferences(tree, projectRoot, (references) =>
    references.some((reference) => samePath(reference.path, projectRoot)) ? references : [...references, { path: `./${projectRoot}` }],
  );
}

export function removeRootTsconfigReference(tree: Tree, projectRoot: string): void {
  editReferences(tree, projectRoot, (references) => references.filter((reference) => !samePath(reference.path, projectRoot)));
}

type ReferenceEdit = (references: Array<{ path: string }>) => Array<{ path: string }>;

function editReferences(tree: Tree, projectRoot: string, edit: ReferenceEdit): void {
  const text = tree.read(ROOT_TSCONFIG, 'utf-8');
  if (text === null) return;
  const before = parseJson<SolutionTsconfig>(text);
  const expected = { ...before, references: edit(before.references ?? []) };
  if (isDeepStrictEqual(before.references ?? [], expected.references)) return;
  const edited = editReferenceLines(text, projectRoot, expected.references.length > (before.references ?? []).length);
  if (edited !== undefined && isDeepStrictEqual(parseJson(edited), expected)) tree.write(ROOT_TSCONFIG, edited);
  else updateJson<SolutionTsconfig>(tree, ROOT_TSCONFIG, () => expected);
}

const REFERENCE_LINE = /^(\s*)\{\s*"path"\s*:\s*"([^"]*)"\s*\},?\s*$/;

/** Adds a line after the last reference line, or drops the project's line; undefined if the layout differs. */
function editReferenceLines(text: string, projectRoot: string, adding: boolean): string | undefined {
  const lines = text.split('\n');
  const referenceLines = lines.map((line, index) => ({ index, match: REFERENCE_LINE.exec(line) })).filter((entry) => entry.match !== null);
  if (referenceLines.length === 0) return undefined;
  const last = referenceLines[referenceLines.length - 1];
  if (adding) {
    const indent = last.match?.[1] ?? '    ';
    lines[last.index] = lines[last.index].replace(/\},?\s*$/, '},');
    lines.splice(last.index + 1, 0, `${indent}{ "path": "./${projectRoot}" }`);
  } else {
    const own = referenceLines.find((entry) => samePath(entry.match?.[2] ?? '', projectRoot));
    if (!own) return undefined;
    lines.splice(own.index, 1);
    // The new last entry may not keep a trailing comma in JSON.
    if (own === last && referenceLines.length > 1) {
      const previous = referenceLines[referenceLines.length - 2].index;
      lines[previous] = lines[previous].replace(/\},\s*$/, '}');
    }
  }
  return lines.join('\n');
}

function samePath(referencePath: string, projectRoot: string): boolean {
  return referencePath.replace(/^\.\//, '').replace(/\/$/, '') === projectRoot;
}
