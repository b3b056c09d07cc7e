import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
