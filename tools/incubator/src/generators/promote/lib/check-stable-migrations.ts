import { visitNotIgnoredFiles, type Tree } from '@nx/devkit';
import { findDataLoss } from '../../../compat/migrations/find-data-loss.js';

/** Numbered migration files under the package's src, specs excluded (as the policy check finds them). */
const MIGRATION_FILE = /\/src\/(?:.+\/)?migrations\/\d{4}-[^/]+(?<!\.spec)\.ts$/;

/**
 * Once promoted, every migration of the package is a stable one, and `npm run check` refuses a
 * stable migration that drops, retypes, renames or deletes stored data. Promotion is refused
 * first, naming each such statement, so it never leaves a workspace whose check fails.
 */
export function checkStableMigrations(tree: Tree, previewRoot: string): string[] {
  const failures: string[] = [];
  visitNotIgnoredFiles(tree, previewRoot, (file) => {
    if (!MIGRATION_FILE.test(`/${file}`)) return;
    const text = tree.read(file, 'utf-8') ?? '';
    for (const statement of findDataLoss({ file, text })) {
      failures.push(
        `${file} line ${statement.line} ${statement.effect} (${statement.statement}), which a stable migration may not do: ` +
          'rewrite it so it drops nothing before promoting (a column no longer read may stay).',
      );
    }
  });
  return failures;
}
