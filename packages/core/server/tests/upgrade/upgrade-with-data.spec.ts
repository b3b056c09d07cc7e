import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/index.js';
import { testConfig } from '../host/config.js';
import { type ExpectedData, FIXTURES_DIR, type RecordedCollection, type ReleaseFixture, listReleaseFixtures, loadDatabase, readExpected } from './release-fixture.js';

/**
 * The stable promise about stored data: a database populated through the API by an earlier
 * release (tests/upgrade/fixtures/<version>, written by scripts/snapshot-release-data.mjs) is
 * migrated by today's code and still serves every resource, attribute for attribute (attributes
 * added since are allowed). No recorded field is ignored: no core migration so far rewrites a row, so even created_at/updated_at must survive.
 */
const { core, withPreview } = listReleaseFixtures();
const currentVersion = (JSON.parse(readFileSync(path.join(FIXTURES_DIR, '../../../package.json'), 'utf8')) as { version: string }).version;

describe('release fixtures', () => {
  it('include the current version of @switchyard/server', () => {
    const missing = `no data fixture for ${currentVersion}; at release time, after \`changeset version\`, run: npx nx run @switchyard/server:snapshot-release-data`;
    expect(core.map((fixture) => fixture.label), missing).toContain(currentVersion);
  });
});

describe.each(core)('data stored by release $label', (fixture) => {
  const served = openUpgraded(fixture);
  assertEverythingServed(served);
});

// A preview's own data may be dropped by a later preview release; core data next to it may not.
// Opened with core only (the operator turned the preview off): its tables stay, untouched.
describe.each(withPreview)('core data stored by release $label', (fixture) => {
  const served = openUpgraded(fixture, { coreOnly: true });
  assertEverythingServed(served);
});

interface Upgraded {
  app: FastifyInstance;
  expected: ExpectedData;
}

/** The fixture's database, copied from its dump to a temporary file and opened by today's buildApp (which migrates it). */
function openUpgraded(fixture: ReleaseFixture, options: { coreOnly?: boolean } = {}): () => Upgraded {
  let upgraded: Upgraded | undefined;
  let workDir = '';
  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), 'switchyard-upgrade-'));
    const file = path.join(workDir, 'database.sqlite');
    await loadDatabase(fixture, file);
    const recorded = readExpected(fixture);
    const expected = options.coreOnly ? { ...recorded, collections: recorded.collections.filter((spec) => spec.owner === 'core') } : recorded;
    upgraded = { app: await buildApp({ config: testConfig(workDir, { database: { url: `sqlite:${file}` } }) }), expected };
  });
  afterAll(async () => {
    await upgraded?.app.close();
    rmSync(workDir, { recursive: true, force: true });
  });
  return () => {
    if (!upgraded) throw new Error('the upgraded app was not built');
    return upgraded;
  };
}

function assertEverythingServed(served: () => Upgraded): void {
  it('lists every resource with the same attributes, and nothing else', async () => {
    const { app, expected } = served();
    for (const spec of expected.collections) {
      const listed = await get(app, spec.path, expected.caller);
      expect(asRecorded(sortById(listed[spec.collection] as RecordedCollection['items']), spec.items), spec.path).toEqual(spec.items);
    }
  });

  it('shows every resource by id with the same attributes', async () => {
    const { app, expected } = served();
    for (const spec of expected.collections) {
      for (const item of spec.items) {
        const shown = (await get(app, `${spec.path}/${item.id}`, expected.caller))[spec.resource] as RecordedCollection['items'][number];
        expect(asRecorded([shown], [item]), `${spec.path}/${item.id}`).toEqual([item]);
      }
    }
  });

  it('still shows each project only its own resources', async () => {
    const { app, expected } = served();
    const projects = [...new Set(expected.collections.flatMap((spec) => spec.items.map((item) => item.project_id)))];
    expect(projects.length).toBeGreaterThan(1);
    for (const project of projects) {
      for (const spec of expected.collections) {
        const listed = (await get(app, spec.path, { 'x-project-id': project }))[spec.collection] as RecordedCollection['items'];
        const own = spec.items.filter((item) => item.project_id === project);
        expect(asRecorded(sortById(listed), own), `${spec.path} as ${project}`).toEqual(own);
      }
    }
  });
}

async function get(app: FastifyInstance, url: string, headers: Record<string, string>): Promise<Record<string, unknown>> {
  const response = await app.inject({ method: 'GET', url, headers });
  expect(response.statusCode, `GET ${url}: ${response.body}`).toBe(200);
  return response.json() as Record<string, unknown>;
}

/**
 * The served items cut down to the attributes the release recorded: a later release may add
 * attributes (revision_number, tags), which is compatible; every recorded one must keep its value.
 * An item beyond the recorded ones keeps all its attributes, so the comparison still fails on it.
 */
function asRecorded<T extends Record<string, unknown>>(served: T[], recorded: readonly T[]): T[] {
  return served.map((item, index) => {
    const keys = Object.keys(recorded[index] ?? item);
    return Object.fromEntries(keys.map((key) => [key, item[key]])) as T;
  });
}

function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((left, right) => left.id.localeCompare(right.id));
}
