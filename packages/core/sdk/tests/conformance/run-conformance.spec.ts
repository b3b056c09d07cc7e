import { describe, expect, it } from 'vitest';
import { type ConformanceFinding, type ConformanceOptions, type ConformanceReport, runConformance } from '../../src/testing/index.js';
import {
  buildChattyErrorsLibrary,
  buildLeakyListLibrary,
  buildOwnHandleBulkLibrary,
  buildPrototypeFilterLibrary,
  buildSchemaBreakingLibrary,
  buildUncheckedReferenceLibrary,
} from './broken-services.js';
import { buildLibraryApp, libraryFixtures, libraryResources, shelves } from './library-service.js';

function runOn(app: ConformanceOptions['app'], options: Partial<ConformanceOptions> = {}): Promise<ConformanceReport> {
  return runConformance({ name: 'library', app, resources: libraryResources, fixtures: libraryFixtures, ...options });
}

function findingsOf(report: ConformanceReport, check: ConformanceFinding['check']): ConformanceFinding[] {
  return report.findings.filter((finding) => finding.check === check);
}

describe('runConformance on a correct service', () => {
  it('finds nothing, in a few hundred requests per resource, and sums them up in one line', async () => {
    const report = await runOn(() => buildLibraryApp());
    expect(report.findings).toEqual([]);
    expect(report.contract).toEqual({ checked: true, note: 'checked against GET /v2.0/openapi.json' });
    expect(report.requests).toBeGreaterThan(2 * 300);
    expect(report.requests).toBeLessThan(2 * 1000);
    expect(report.summary).toBe(
      `conformance library (quick, seed ${report.seed}): ${report.requests} requests, 0 5xx, 0 leaks, 0 isolation, 0 contract, 0 bulk-create and 0 other findings; ` +
        'contract checked against GET /v2.0/openapi.json',
    );
  });

  // Ten thousand requests take 10-15 s alone and over 20 s while npm test runs other packages'
  // targets beside this one on 2 cores: the shared 20 s limit is for ordinary tests.
  it('sends at least 10,000 requests in long mode', { timeout: 120_000 }, async () => {
    const report = await runOn(() => buildLibraryApp(), { long: true });
    expect(report.mode).toBe('long');
    expect(report.requests).toBeGreaterThanOrEqual(10_000);
    expect(report.findings).toEqual([]);
  });

  it('sends the same requests again for the same seed', async () => {
    const first = await runOn(() => buildLibraryApp(), { seed: 1234 });
    const second = await runOn(() => buildLibraryApp(), { seed: 1234 });
    expect(second.requests).toBe(first.requests);
    expect(second.seed).toBe(1234);
  });

  it('fails an app whose OpenAPI document is not where it was told to look', async () => {
    const report = await runOn(() => buildLibraryApp({}, { openapi: false }));
    expect(report.contract.checked).toBe(false);
    expect(findingsOf(report, 'contract').map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^GET \/v2\.0\/openapi\.json answered 404 without an OpenAPI document/),
    ]);
  });

  it('checks no contract when the caller says the app serves no document', async () => {
    const report = await runOn(() => buildLibraryApp({}, { openapi: false }), { openapiUrl: false });
    expect(report.contract).toEqual({ checked: false, note: 'not checked: the app serves no OpenAPI document (openapiUrl: false)' });
    expect(report.findings).toEqual([]);
  });
});

describe('runConformance on broken services', () => {
  it('fails a service whose list shows another project’s rows', async () => {
    const report = await runOn(buildLeakyListLibrary);
    expect(findingsOf(report, 'isolation')).toContainEqual(
      expect.objectContaining({ resource: 'shelf', request: 'GET /v2.0/shelves as B', message: expect.stringMatching(/^project B's list includes project A's shelf [\w-]+$/) }),
    );
    expect(findingsOf(report, 'leak')).toContainEqual(
      expect.objectContaining({ resource: 'shelf', request: 'GET /v2.0/shelves as B', message: expect.stringContaining("answered 200 to project B with project A's id") }),
    );
    expect(report.leaks).toBeGreaterThan(0);
    expect(report.summary).toMatch(/, [1-9]\d* leaks, [1-9]\d* isolation/);
  });

  it('fails a service whose refusals name another project’s resource', async () => {
    const report = await runOn(buildChattyErrorsLibrary);
    expect(findingsOf(report, 'isolation')).toContainEqual(
      expect.objectContaining({
        resource: 'shelf',
        message: expect.stringMatching(/^project B showing project A's shelf: expected 404 ShelfNotFound, got 409 ShelfOwnedElsewhere: .*belongs to project conformance-a-/),
      }),
    );
    expect(findingsOf(report, 'leak').map((finding) => finding.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^GET \/v2\.0\/shelves\/\{id\} answered 409 to project B with (project A's id|the name of project A's shelf)/)]),
    );
  });

  it('fails a service that answers 500 to a prototype-named filter', async () => {
    const report = await runOn(buildPrototypeFilterLibrary);
    const [serverError] = findingsOf(report, 'server-error');
    expect(serverError).toMatchObject({ resource: 'shelf', message: expect.stringMatching(/^GET \/v2\.0\/shelves answered 500: /) });
    expect(serverError?.request).toMatch(/^GET \/v2\.0\/shelves\?(.*&)?(constructor|__proto__|toString|hasOwnProperty)=/);
    expect(report.serverErrors).toBeGreaterThan(0);
    expect(report.summary).toMatch(/ [1-9]\d* 5xx,/);
  });

  it('fails a service whose responses break the schema it declares', async () => {
    const report = await runOn(buildSchemaBreakingLibrary);
    expect(findingsOf(report, 'contract').map((finding) => finding.message)).toContain(
      'GET /v2.0/shelves/{id} answered 200: the body breaks the schema of response 200: at /shelf/status: must be equal to one of the allowed values {"allowedValues":["ACTIVE","FULL"]}',
    );
  });

  it('fails a service that lets a project reference another project’s resource', async () => {
    const report = await runOn(buildUncheckedReferenceLibrary);
    const messages = findingsOf(report, 'isolation').map((finding) => finding.message);
    expect(messages).toContainEqual(expect.stringMatching(/^project B creating a book whose shelf_id is project A's shelf: expected 404 ShelfNotFound, got 201: /));
    expect(messages).toContainEqual(expect.stringMatching(/^project B creating a book whose shelf_id is project A's shelf created [\w-]+; expected nothing created$/));
    expect(messages).toContainEqual(expect.stringMatching(/^project B pointing its book's shelf_id at project A's shelf: expected 404 ShelfNotFound, got 200: /));
    expect(messages).toContainEqual(
      expect.stringMatching(/^project B bulk-creating its own book and one whose shelf_id is project A's shelf: expected 404 ShelfNotFound, got 201: /),
    );
  });

  it('fails a service that declares native bulk create but writes through its own database handle', { timeout: 60_000 }, async () => {
    const report = await runOn(buildOwnHandleBulkLibrary);
    expect(findingsOf(report, 'bulk-create')).toEqual([
      expect.objectContaining({
        resource: 'shelf',
        request: expect.stringMatching(/^POST \/v2\.0\/shelves as B \{"shelves":\[/),
        message: expect.stringMatching(/^a bulk create of two did not answer within 15 s: a service that declares nativeBulk must read and write only through operation\.db/),
      }),
    ]);
    expect(report.summary).toMatch(/, 1 bulk-create and/);
  });
});

describe('runConformance refuses unusable options', () => {
  it('names a resource without a fixture', async () => {
    await expect(runConformance({ name: 'library', app: () => buildLibraryApp(), resources: libraryResources, fixtures: { shelf: libraryFixtures.shelf } })).rejects.toThrow(
      'Conformance suite "library" has no fixture for book: add fixtures.book, a function (client, caller) that creates one and returns its id.',
    );
  });

  it('names the fixture that failed, with the app’s answer', async () => {
    const fixtures = { ...libraryFixtures, shelf: (client: Parameters<typeof libraryFixtures.shelf>[0], caller: Parameters<typeof libraryFixtures.shelf>[1]) => client.create(caller, shelves, {}) };
    await expect(runOn(() => buildLibraryApp(), { fixtures })).rejects.toThrow(
      /^Conformance suite "library": fixtures\.shelf failed for project A: POST \/v2\.0\/shelves as A \{"shelf":\{\}\} answered 400, not 201 with a shelf id: /,
    );
  });
});
