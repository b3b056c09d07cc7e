// Removes every preview package from a copy of the workspace (scripts/test-core.sh): its folder,
// its node_modules link and bin links, its reference in the root tsconfig.json and its pending
// bumps in .changeset/*.md (as retire drops them: a changeset left with no package goes). Previews are
// derived, never listed: the packages in the incubator's preview folder (nx.json) whose
// package.json declares "switchyard": {"stability": "preview"}.
import { existsSync, lstatSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? '.');

function readJson(file) {
  return JSON.parse(readFileSync(path.join(root, file), 'utf8'));
}

/** The preview folder the lifecycle policy names (nx.json pluginsConfig), e.g. packages/preview. */
function previewFolder() {
  const folder = readJson('nx.json').pluginsConfig?.['@switchyard/incubator']?.folders?.preview;
  if (typeof folder !== 'string') throw new Error('nx.json: pluginsConfig["@switchyard/incubator"].folders.preview is missing; expected a folder such as "packages/preview"');
  return folder;
}

function findPreviews(folder) {
  if (!existsSync(path.join(root, folder))) return [];
  return readdirSync(path.join(root, folder))
    .map((entry) => `${folder}/${entry}`)
    .filter((directory) => existsSync(path.join(root, directory, 'package.json')))
    .map((directory) => ({ directory, packageJson: readJson(`${directory}/package.json`) }))
    .filter(({ packageJson }) => packageJson.switchyard?.stability === 'preview')
    .map(({ directory, packageJson }) => ({ directory, name: packageJson.name }));
}

/** Links whose target is gone (a removed package's bins) are removed with it. */
function removeDanglingLinks(directory) {
  if (!existsSync(directory)) return;
  for (const entry of readdirSync(directory)) {
    const link = path.join(directory, entry);
    if (lstatSync(link).isSymbolicLink() && !existsSync(link)) rmSync(link);
  }
}

function dropTsconfigReferences(removed) {
  const tsconfig = readJson('tsconfig.json');
  const gone = new Set(removed.map(({ directory }) => path.resolve(root, directory)));
  tsconfig.references = (tsconfig.references ?? []).filter((reference) => !gone.has(path.resolve(root, reference.path)));
  writeFileSync(path.join(root, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
}

/** `"<name>": <bump>` lines of each changeset's front matter that name a removed package. */
function dropPendingBumps(removed) {
  const folder = path.join(root, '.changeset');
  if (!existsSync(folder)) return;
  const names = new Set(removed.map(({ name }) => name));
  for (const file of readdirSync(folder).filter((entry) => entry.endsWith('.md') && entry !== 'README.md')) {
    const text = readFileSync(path.join(folder, file), 'utf8');
    const frontMatter = /^---\n([^]*?)\n---\n/.exec(text);
    if (frontMatter === null) continue;
    const kept = frontMatter[1].split('\n').filter((line) => !names.has(/^\s*["']?([^"':]+)["']?\s*:/.exec(line)?.[1] ?? ''));
    if (kept.every((line) => line.trim() === '')) rmSync(path.join(folder, file));
    else writeFileSync(path.join(folder, file), `---\n${kept.join('\n')}\n---\n${text.slice(frontMatter[0].length)}`);
  }
}

const previews = findPreviews(previewFolder());
for (const { directory, name } of previews) {
  rmSync(path.join(root, directory), { recursive: true, force: true });
  rmSync(path.join(root, 'node_modules', name), { recursive: true, force: true });
}
removeDanglingLinks(path.join(root, 'node_modules', '.bin'));
dropTsconfigReferences(previews);
dropPendingBumps(previews);
console.log(previews.length === 0 ? 'no preview package to remove' : `removed ${previews.map(({ name, directory }) => `${name} (${directory})`).join(', ')}`);
