import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@switchyard/db';
import { sql } from 'kysely';

/** Where scripts/snapshot-release-data.mjs writes one folder per released version. */
export const FIXTURES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export interface RecordedCollection {
  /** 'core', or the service name of the plugin that serves it. */
  owner: string;
  path: string;
  collection: string;
  resource: string;
  items: Array<Record<string, unknown> & { id: string; project_id: string }>;
}

/** expected.json: every resource as the release's API served it right after populating. */
export interface ExpectedData {
  version: string;
  plugins: string[];
  caller: Record<string, string>;
  collections: RecordedCollection[];
}

export interface ReleaseFixture {
  /** e.g. "1.0.0" or "1.0.0 with preview firewall". */
  label: string;
  dir: string;
}

/** Core fixtures of every release, then each release's preview fixtures (kept apart on purpose). */
export function listReleaseFixtures(): { core: ReleaseFixture[]; withPreview: ReleaseFixture[] } {
  const versions = existsSync(FIXTURES_DIR) ? readdirSync(FIXTURES_DIR).filter((name) => /^\d+\.\d+\.\d+/.test(name)) : [];
  const core = versions.map((version) => ({ label: version, dir: path.join(FIXTURES_DIR, version) }));
  const withPreview = core.flatMap((release) => {
    const previews = path.join(release.dir, 'preview');
    return existsSync(previews) ? readdirSync(previews).map((service) => ({ label: `${release.label} with preview ${service}`, dir: path.join(previews, service) })) : [];
  });
  return { core, withPreview };
}

export function readExpected(fixture: ReleaseFixture): ExpectedData {
  return JSON.parse(readFileSync(path.join(fixture.dir, 'expected.json'), 'utf8')) as ExpectedData;
}

/**
 * Rebuilds the release's SQLite database from its dump (one statement per line) into `file`.
 * Foreign keys are off while loading, as in sqlite3's own `.read` of a dump: rows arrive table by table.
 */
export async function loadDatabase(fixture: ReleaseFixture, file: string): Promise<void> {
  const statements = readFileSync(path.join(fixture.dir, 'database.sql'), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const database = await openDatabase({ url: `sqlite:${file}` });
  try {
    await sql`PRAGMA foreign_keys = OFF`.execute(database.db);
    await database.db.transaction().execute(async (transaction) => {
      for (const statement of statements) await sql.raw(statement).execute(transaction);
    });
  } finally {
    await database.close();
  }
}
