import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClientTypesCommand } from './client-types-command.js';

/** A package folder with a committed document, as a plugin has. */
function fixturePackage(): { root: string; document: string; folder: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'client-types-'));
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: '@fixture/widgets' }));
  mkdirSync(path.join(root, 'api'));
  const document = path.join(root, 'api', 'openapi.json');
  const paths = { '/v2.0/widgets': { get: { 'x-stability': 'preview', responses: { 204: { description: 'None' } } } } };
  writeFileSync(document, JSON.stringify({ openapi: '3.0.3', info: { title: 'Widgets', version: '1' }, paths }));
  return { root, document, folder: path.join(root, 'src', 'client', 'generated') };
}

describe('client-types', () => {
  it('fails when the generated files are missing, naming the update command', async () => {
    const { document, folder } = fixturePackage();
    const result = await runClientTypesCommand([document, folder]);
    expect(result.exitCode).toBe(1);
    expect(result.message).toContain(`${path.join(folder, 'api.ts')}, ${path.join(folder, 'operation-stability.ts')} differ from what ${document} gives`);
    expect(result.message).toContain('run `npx nx run @fixture/widgets:client-types:update`, review the diff and commit it.');
  });

  it('--update writes them, after which the check passes until the document changes', async () => {
    const { document, folder } = fixturePackage();
    expect(await runClientTypesCommand([document, folder, '--update'])).toMatchObject({ exitCode: 0, message: `wrote api.ts, operation-stability.ts in ${folder}; review and commit` });
    expect(readdirSync(folder).sort()).toEqual(['api.ts', 'operation-stability.ts']);
    expect(await runClientTypesCommand([document, folder])).toEqual({ exitCode: 0, message: `${folder} matches ${document}` });
    expect(await runClientTypesCommand([document, folder, '--update'])).toMatchObject({ message: `${folder} is up to date` });

    const changed = JSON.parse(readFileSync(document, 'utf8')) as { paths: Record<string, Record<string, { 'x-stability': string }>> };
    changed.paths['/v2.0/widgets'].get['x-stability'] = 'stable';
    writeFileSync(document, JSON.stringify(changed));
    expect(await runClientTypesCommand([document, folder])).toMatchObject({ exitCode: 1 });
  });

  it('explains its usage when an argument is missing', async () => {
    expect(await runClientTypesCommand(['api/openapi.json'])).toEqual({ exitCode: 2, message: 'usage: client-types <openapi.json> <folder> [--update]' });
  });
});

describe('the generated header', () => {
  it("names the document from the package's folder, so moving the package changes nothing", async () => {
    const { document, folder } = fixturePackage();
    await runClientTypesCommand([document, folder, '--update']);
    expect(readFileSync(path.join(folder, 'api.ts'), 'utf8')).toMatch(/^\/\/ Generated from api\/openapi\.json by the client-types target: do not edit\.\n/);
  });
});
