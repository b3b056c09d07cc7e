import { ESCAPE_MARKER } from '../../compat/migrations/data-loss-escape.js';
import { type DataLossStatement, findDataLoss } from '../../compat/migrations/find-data-loss.js';
import type { Finding, PolicyRule } from '../finding.js';
import { isPublishable, stabilityOf } from '../project-stability.js';
import type { ProjectSnapshot, TextFile, WorkspaceSnapshot } from '../workspace-snapshot.js';

export const RULE = 'safe-migrations';

/** What a preview that stores data must tell operators, in words the README check looks for. */
export const PREVIEW_DATA_SENTENCE = 'Its API and its stored data may change, or be dropped, in a later preview release.';
const PREVIEW_DATA_NOTICE = /\bdata\b[^.]*\bdropped\b[^.]*\blater preview release\b/i;

/**
 * Stored data outlives releases: a stable package's migrations may not drop, retype, rename or
 * delete what an earlier release stored, unless the statement carries the reviewed escape comment
 * and the release is a major. A preview may, and says so in its README; its findings are notes.
 */
export const checkSafeMigrations: PolicyRule = (snapshot) =>
  snapshot.projects.flatMap((project) => {
    if (!isPublishable(project) || project.migrationFiles.length === 0) return [];
    const stability = stabilityOf(project, snapshot.config);
    if (stability === 'stable') return project.migrationFiles.flatMap((migration) => checkStableMigration(project, migration, snapshot));
    if (stability === 'preview') return [...checkPreviewReadme(project), ...project.migrationFiles.flatMap((migration) => notePreviewMigration(project, migration))];
    return [];
  });

function checkStableMigration(project: ProjectSnapshot, migration: TextFile, snapshot: WorkspaceSnapshot): Finding[] {
  const major = hasPendingMajor(project, snapshot);
  return findDataLoss(migration).map((statement) => {
    const escaped = statement.escape !== undefined && statement.escape.reason !== '';
    if (escaped && major) return finding('info', migration, `${where(project, migration, statement)} ${statement.effect}, allowed by its ${ESCAPE_MARKER} comment ("${statement.escape?.reason}") and the pending major release of ${project.name}.`, 'none needed; say in the changeset what operators lose and how to keep it');
    return finding('error', migration, `${where(project, migration, statement)} ${statement.effect}: ${statement.statement} — ${whyRefused(project, statement, major)}`, fixFor(project, statement, major));
  });
}

function notePreviewMigration(project: ProjectSnapshot, migration: TextFile): Finding[] {
  return findDataLoss(migration).map((statement) =>
    finding('info', migration, `${where(project, migration, statement)} ${statement.effect}: ${statement.statement} — allowed in a preview, whose README warns that its data may be dropped.`, `none needed while ${project.name} is a preview; before promotion, stable rules apply to its later migrations`),
  );
}

function checkPreviewReadme(project: ProjectSnapshot): Finding[] {
  const readme = (project.readme ?? '').replace(/[*_`]/g, '').replace(/\s+/g, ' ');
  if (PREVIEW_DATA_NOTICE.test(readme)) return [];
  const file = `${project.root}/README.md`;
  return [
    {
      rule: RULE,
      severity: 'error',
      file,
      message: `${project.name} is a preview that stores data (${project.migrationFiles.length} migration${project.migrationFiles.length === 1 ? '' : 's'}), but its README does not warn that this data may be dropped by a later preview release.`,
      fix: `add to ${file}, near the preview banner, the sentence "${PREVIEW_DATA_SENTENCE}"`,
    },
  ];
}

function hasPendingMajor(project: ProjectSnapshot, snapshot: WorkspaceSnapshot): boolean {
  return snapshot.pendingReleases.some((release) => release.packageName === project.name && release.type === 'major');
}

function where(project: ProjectSnapshot, migration: TextFile, statement: DataLossStatement): string {
  return `line ${statement.line}: the up() of ${project.name}'s migration ${migrationName(migration)}`;
}

function migrationName(migration: TextFile): string {
  return migration.file.slice(migration.file.lastIndexOf('/') + 1).replace(/\.ts$/, '');
}

function whyRefused(project: ProjectSnapshot, statement: DataLossStatement, major: boolean): string {
  if (statement.escape === undefined) return `a stable package may not lose data stored by an earlier release (or, by renaming, break the readers of it).`;
  if (statement.escape.reason === '') return `its ${ESCAPE_MARKER} comment (line ${statement.escape.line}) gives no reason.`;
  return major ? '' : `it is marked ${ESCAPE_MARKER} ("${statement.escape.reason}"), but no pending changeset releases ${project.name} as a major.`;
}

function fixFor(project: ProjectSnapshot, statement: DataLossStatement, major: boolean): string {
  const additive = 'rewrite it additively (add a new column or table, copy the data into it, keep the old one until a major release)';
  const comment = `"// ${ESCAPE_MARKER}: <reason>" directly above line ${statement.line}`;
  const changeset = `a changeset releasing "${project.name}": major (npx changeset)`;
  if (statement.escape === undefined) return `${additive}; or, if losing it is intended and reviewed, put ${comment} and add ${changeset}`;
  if (statement.escape.reason === '') return `write the reason after the colon of line ${statement.escape.line} (${ESCAPE_MARKER}: <reason>)${major ? '' : ` and add ${changeset}`}, or ${additive}`;
  return `add ${changeset}, or ${additive}`;
}

function finding(severity: Finding['severity'], migration: TextFile, message: string, fix: string): Finding {
  return { rule: RULE, severity, file: migration.file, message, fix };
}
