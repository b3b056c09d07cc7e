import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root: scripts/packaging/../.. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Every publishable (non-private) workspace package, from the root `workspaces` globs (all of
 * the form `<folder>/*`), as npm and `changeset publish` see them.
 */
export function publishablePackages() {
  const { workspaces } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return workspaces
    .flatMap((glob) => {
      const folder = path.join(ROOT, glob.replace(/\/\*$/, ''));
      return readdirSync(folder).map((entry) => path.join(folder, entry));
    })
    .filter((dir) => existsSync(path.join(dir, 'package.json')))
    .map((dir) => ({ dir, packageJson: JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) }))
    .filter(({ packageJson }) => packageJson.private !== true);
}

/**
 * The service plugins among them, by `switchyard config sample`'s rule (stability metadata and an
 * @switchyard/sdk peer), with what their built entry declares: so the scenarios test whichever
 * plugins the workspace holds, preview or stable, instead of naming one. Needs built dist folders.
 */
export async function servicePluginPackages() {
  const candidates = publishablePackages().filter(({ packageJson }) => packageJson.switchyard?.stability && packageJson.peerDependencies?.['@switchyard/sdk']);
  return Promise.all(
    candidates.map(async ({ dir, packageJson }) => ({
      dir,
      packageJson,
      stability: packageJson.switchyard.stability,
      plugin: (await import(pathToFileURL(path.join(dir, packageJson.exports['.'].default)).href)).default,
    })),
  );
}

/** The workspace packages `name` brings along when installed: its @switchyard dependencies and peers, transitively. */
export function workspaceClosure(name, packages = publishablePackages()) {
  const byName = new Map(packages.map(({ packageJson }) => [packageJson.name, packageJson]));
  const found = new Set();
  const visit = (current) => {
    if (found.has(current) || !byName.has(current)) return;
    found.add(current);
    const { dependencies = {}, peerDependencies = {} } = byName.get(current);
    for (const dependency of Object.keys({ ...dependencies, ...peerDependencies })) visit(dependency);
  };
  visit(name);
  return [...found].sort();
}
