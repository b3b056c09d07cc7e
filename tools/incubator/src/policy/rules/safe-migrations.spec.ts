import { describe, expect, it } from 'vitest';
import { previewPackage, snapshotOf, stablePackage, withProject } from '../../../tests/policy/snapshot-builders.js';
import type { PendingRelease } from '../../lib/read-pending-changesets.js';
import type { ProjectSnapshot, WorkspaceSnapshot } from '../workspace-snapshot.js';
import { checkSafeMigrations } from './safe-migrations.js';

const CREATE = `await db.schema.createTable('ports').addColumn('id', 'varchar(36)', (column) => column.primaryKey()).execute();`;
const DROP_COLUMN = `await db.schema.alterTable('ports').dropColumn('mac_address').execute();`;
const ESCAPE = '// switchyard-allow-data-loss: mac addresses live in port_macs since 0004';

function migrationText(...upLines: string[]): string {
  return [
    `import type { Kysely, Migration } from 'kysely';`,
    ``,
    `export const portsMigration: Migration = {`,
    `  async up(db: Kysely<any>) {`,
    ...upLines.map((line) => `    ${line}`),
    `  },`,
    `  async down(db: Kysely<any>) {`,
    `    await db.schema.dropTable('ports').execute();`,
    `  },`,
    `};`,
  ].join('\n');
}

function withMigration(project: ProjectSnapshot, ...upLines: string[]): ProjectSnapshot {
  return { ...project, migrationFiles: [{ file: `${project.root}/src/migrations/0005-ports.ts`, text: migrationText(...upLines) }] };
}

const MAJOR: PendingRelease = { file: '.changeset/drop-mac.md', packageName: '@switchyard/server', type: 'major' };
const MINOR: PendingRelease = { ...MAJOR, type: 'minor' };

function check(project: ProjectSnapshot, pendingReleases: PendingRelease[] = []): ReturnType<typeof checkSafeMigrations> {
  const snapshot: WorkspaceSnapshot = { ...withProject(project), pendingReleases };
  return checkSafeMigrations(snapshot);
}

const FILE = 'packages/core/server/src/migrations/0005-ports.ts';
const ADDITIVE = 'rewrite it additively (add a new column or table, copy the data into it, keep the old one until a major release)';

describe('safe-migrations', () => {
  it('passes the workspace with no migrations, and additive ones', () => {
    expect(checkSafeMigrations(snapshotOf())).toEqual([]);
    expect(check(withMigration(stablePackage('server'), CREATE))).toEqual([]);
  });

  it('fails a stable up() that drops a column, naming line, statement and both ways out', () => {
    expect(check(withMigration(stablePackage('server'), CREATE, DROP_COLUMN))).toEqual([
      {
        rule: 'safe-migrations',
        severity: 'error',
        file: FILE,
        message: `line 6: the up() of @switchyard/server's migration 0005-ports drops column "mac_address": ${DROP_COLUMN} — a stable package may not lose data stored by an earlier release (or, by renaming, break the readers of it).`,
        fix: `${ADDITIVE}; or, if losing it is intended and reviewed, put "// switchyard-allow-data-loss: <reason>" directly above line 6 and add a changeset releasing "@switchyard/server": major (npx changeset)`,
      },
    ]);
  });

  it('still fails with the escape comment but no major changeset', () => {
    const [finding] = check(withMigration(stablePackage('server'), ESCAPE, DROP_COLUMN), [MINOR]);
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain('it is marked switchyard-allow-data-loss ("mac addresses live in port_macs since 0004"), but no pending changeset releases @switchyard/server as a major.');
    expect(finding.fix).toBe(`add a changeset releasing "@switchyard/server": major (npx changeset), or ${ADDITIVE}`);
  });

  it('still fails with a major changeset but no escape comment', () => {
    expect(check(withMigration(stablePackage('server'), DROP_COLUMN), [MAJOR]).map((finding) => finding.severity)).toEqual(['error']);
  });

  it('still fails when the escape gives no reason', () => {
    const [finding] = check(withMigration(stablePackage('server'), '// switchyard-allow-data-loss:', DROP_COLUMN), [MAJOR]);
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain('its switchyard-allow-data-loss comment (line 5) gives no reason.');
    expect(finding.fix).toBe(`write the reason after the colon of line 5 (switchyard-allow-data-loss: <reason>), or ${ADDITIVE}`);
  });

  it('lets the escape with a reason plus a major changeset through, as a note', () => {
    expect(check(withMigration(stablePackage('server'), ESCAPE, DROP_COLUMN), [MAJOR])).toEqual([
      {
        rule: 'safe-migrations',
        severity: 'info',
        file: FILE,
        message: `line 6: the up() of @switchyard/server's migration 0005-ports drops column "mac_address", allowed by its switchyard-allow-data-loss comment ("mac addresses live in port_macs since 0004") and the pending major release of @switchyard/server.`,
        fix: 'none needed; say in the changeset what operators lose and how to keep it',
      },
    ]);
  });

  it('is not tripped by comments, strings or down()', () => {
    const harmless = [`// dropTable('ports') would lose data, so we do not`, `await db.insertInto('notes').values({ text: 'sql DROP TABLE ports' }).execute();`, CREATE];
    expect(check(withMigration(stablePackage('server'), ...harmless))).toEqual([]);
  });

  it('only notes the same change in a preview, whose README warns about its data', () => {
    const warned = { ...previewPackage('firewall'), readme: '# @switchyard/firewall\n\n> **⚠ PREVIEW.** Its API and its stored data **may change, or be dropped, in a\n> later preview release**.\n' };
    expect(check(withMigration(warned, DROP_COLUMN))).toEqual([
      {
        rule: 'safe-migrations',
        severity: 'info',
        file: 'packages/preview/firewall/src/migrations/0005-ports.ts',
        message: `line 5: the up() of @switchyard/firewall's migration 0005-ports drops column "mac_address": ${DROP_COLUMN} — allowed in a preview, whose README warns that its data may be dropped.`,
        fix: 'none needed while @switchyard/firewall is a preview; before promotion, stable rules apply to its later migrations',
      },
    ]);
  });

  it('fails a preview with migrations whose README does not say its data may be dropped', () => {
    expect(check(withMigration(previewPackage('firewall'), CREATE))).toEqual([
      {
        rule: 'safe-migrations',
        severity: 'error',
        file: 'packages/preview/firewall/README.md',
        message: '@switchyard/firewall is a preview that stores data (1 migration), but its README does not warn that this data may be dropped by a later preview release.',
        fix: 'add to packages/preview/firewall/README.md, near the preview banner, the sentence "Its API and its stored data may change, or be dropped, in a later preview release."',
      },
    ]);
  });
});
