import { joinPathFragments, readJson, visitNotIgnoredFiles, type Tree } from '@nx/devkit';
import { API_FOLDER, listApiFiles, RELEASED_FOLDER, RELEASED_MARKER } from '../../../compat/api-layout.js';
import type { NormalizedPromoteOptions } from './normalize-options.js';

const STABLE_VERSION = '1.0.0';
/** A TSDoc comment; release tags only ever live in these. */
const DOC_COMMENT = /\/\*\*[\s\S]*?\*\//g;
const BETA_TAG = /@beta\b/g;
/** The line API Extractor writes above each declaration of a report: `// @beta` or `// @beta (undocumented)`. */
const REPORT_BETA_LINE = /^\/\/ @beta\b/gm;
/** The operation map a `./client` export is built from, which the package's `client-types` target generates. */
const GENERATED_OPERATION_STABILITY = /\/generated\/operation-stability\.ts$/;
const PREVIEW_OPERATION = /^( {2}"[A-Z]+ [^"]+"): "preview",$/gm;

/**
 * A promoted package's exports become `@public`: in the TSDoc of its sources, and in its committed
 * API report and doc model, so the reports record the change of release tag in this commit. The
 * result is the package's first stable baseline: the API files of api/ (listApiFiles) are copied
 * into api/released/, replacing the preview's, with released.json naming 1.0.0 and the preview
 * version it came from.
 * Returns one line per change, for the generator's summary.
 */
export function retagExports(tree: Tree, options: NormalizedPromoteOptions): string[] {
  const retagged = [...retagSources(tree, options.stableRoot), ...retagApiFiles(tree, options.stableRoot)];
  const changes = retagged.map((file) => `${file}: release tags @beta -> @public`);
  if (tree.exists(joinPathFragments(options.stableRoot, API_FOLDER))) changes.push(recordBaseline(tree, options.stableRoot));
  return changes;
}

function retagSources(tree: Tree, root: string): string[] {
  const changed: string[] = [];
  visitNotIgnoredFiles(tree, joinPathFragments(root, 'src'), (path) => {
    if (!path.endsWith('.ts')) return;
    const text = tree.read(path, 'utf-8') ?? '';
    const retagged = relabelOperations(path, text.replace(DOC_COMMENT, (comment) => comment.replace(BETA_TAG, '@public')));
    if (retagged !== text) changed.push(write(tree, path, retagged));
  });
  return changed;
}

/**
 * The generated operation map says what regenerating it from the relabeled api/openapi.json would:
 * every operation stable (with the tags above, the client-types check then passes unchanged).
 */
function relabelOperations(path: string, text: string): string {
  return GENERATED_OPERATION_STABILITY.test(path) ? text.replace(PREVIEW_OPERATION, '$1: "stable",') : text;
}

function retagApiFiles(tree: Tree, root: string): string[] {
  return currentApiFiles(tree, root).flatMap((path) => {
    const text = tree.read(path, 'utf-8') ?? '';
    const retagged = path.endsWith('.api.md') ? text.replace(REPORT_BETA_LINE, '// @public') : path.endsWith('.api.json') ? retagModel(text) : text;
    return retagged === text ? [] : [write(tree, path, retagged)];
  });
}

/** Doc model items carry `"releaseTag": "Beta"` and the comment text they were documented with. */
export function retagModel(text: string): string {
  const model = JSON.parse(text, (key, value: unknown) => {
    if (key === 'releaseTag' && value === 'Beta') return 'Public';
    if (key === 'docComment' && typeof value === 'string') return value.replace(BETA_TAG, '@public');
    return value;
  }) as unknown;
  return `${JSON.stringify(model, null, 2)}${text.endsWith('\n') ? '\n' : ''}`;
}

function recordBaseline(tree: Tree, root: string): string {
  const released = joinPathFragments(root, RELEASED_FOLDER);
  const files = listApiFiles(fileNamesIn(tree, joinPathFragments(root, API_FOLDER)));
  // A preview baseline of a subpath the package no longer has would fail the gate from now on.
  for (const stale of listApiFiles(fileNamesIn(tree, released)).filter((file) => !files.includes(file))) tree.delete(joinPathFragments(released, stale));
  for (const file of files) write(tree, joinPathFragments(released, file), tree.read(joinPathFragments(root, API_FOLDER, file)) ?? Buffer.alloc(0));
  const promotedFrom = readJson<{ version: string }>(tree, joinPathFragments(root, 'package.json')).version;
  write(tree, joinPathFragments(released, RELEASED_MARKER), `${JSON.stringify({ version: STABLE_VERSION, promotedFrom }, null, 2)}\n`);
  return `${released}: first stable API baseline (${files.length} files of api/, ${STABLE_VERSION} promoted from ${promotedFrom})`;
}

/** The package's API files in api/, as paths from the workspace root. */
function currentApiFiles(tree: Tree, root: string): string[] {
  const api = joinPathFragments(root, API_FOLDER);
  return listApiFiles(fileNamesIn(tree, api)).map((file) => joinPathFragments(api, file));
}

/** Names of the files directly in a folder of the tree (none when it does not exist). */
function fileNamesIn(tree: Tree, folder: string): string[] {
  return tree.children(folder).filter((name) => tree.isFile(joinPathFragments(folder, name)));
}

function write(tree: Tree, path: string, content: string | Buffer): string {
  tree.write(path, content);
  return path;
}
