import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffTypeScriptApi } from './diff-typescript-api.js';

/** Doc models API Extractor wrote for tests/fixtures/compat/typescript/{released,current}/index.d.ts. */
function fixtureModel(name: 'released' | 'current'): string {
  return readFileSync(new URL(`../../../tests/fixtures/compat/typescript/${name}.api.json`, import.meta.url), 'utf8');
}

const changes = diffTypeScriptApi(fixtureModel('released'), fixtureModel('current'));

function changeOf(element: string) {
  const found = changes.find((change) => change.element === element);
  if (!found) throw new Error(`no change for ${element}; got ${changes.map((change) => change.element).join(', ')}`);
  return found;
}

describe('diffTypeScriptApi', () => {
  it('finds no change between a model and itself', () => {
    expect(diffTypeScriptApi(fixtureModel('current'), fixtureModel('current'))).toEqual([]);
  });

  it('finds no change in the SDK between its released baseline and its current report', () => {
    const sdk = new URL('../../../../../packages/core/sdk/api/', import.meta.url);
    const read = (file: string) => readFileSync(new URL(file, sdk), 'utf8');
    expect(diffTypeScriptApi(read('released/model.api.json'), read('model.api.json')).filter((change) => change.breaking)).toEqual([]);
  });

  it('reports a removed export as breaking and suggests a same-kind export that appeared as a rename', () => {
    expect(changeOf('export oldName')).toEqual({
      surface: 'typescript',
      element: 'export oldName',
      change: 'removed (renamed? new function newName)',
      breaking: true,
    });
  });

  it('reports removed members of interfaces, classes and enums as breaking, by exact element name', () => {
    for (const element of ['interface ServiceContext.member logger', 'class Client.member close', 'enum Color.member Green']) {
      expect(changeOf(element)).toMatchObject({ change: 'removed', breaking: true });
    }
  });

  it('reports a changed parameter type as breaking, quoting both signatures', () => {
    expect(changeOf('export format')).toMatchObject({
      change: 'changed from `export declare function format(value: number): string;` to `export declare function format(value: string): string;`',
      breaking: true,
    });
  });

  it('lets a function or method gain an optional parameter (and rename one) without breaking', () => {
    expect(changeOf('export parse')).toMatchObject({ breaking: false });
    expect(changeOf('class Client.member get')).toMatchObject({ breaking: false });
    expect(changeOf('export parse').change).toContain('optional parameter added');
  });

  it('breaks on a new required property of an interface callers pass in, not on an optional one', () => {
    expect(changeOf('interface CreateOptions.member project')).toMatchObject({
      change: 'new required property of CreateOptions, which callers pass in',
      breaking: true,
    });
    expect(changeOf('interface CreateOptions.member description')).toMatchObject({ change: 'added', breaking: false });
  });

  it('lets an interface only returned to callers gain a required property', () => {
    expect(changeOf('interface Result.member createdAt')).toMatchObject({ change: 'added', breaking: false });
  });

  it('records @beta -> @public as information', () => {
    expect(changeOf('export preview')).toMatchObject({ change: 'release tag @beta -> @public', breaking: false });
  });

  it('lists a change to an @alpha export without calling it breaking', () => {
    expect(changeOf('export experiment')).toMatchObject({ breaking: false });
    expect(changeOf('export experiment').change).toContain('was @alpha, not a compatibility promise');
  });

  it('reports new exports as additions', () => {
    expect(changeOf('export VERSION')).toMatchObject({ change: 'added', breaking: false });
  });

  it('reports nothing else: unchanged exports stay silent', () => {
    expect(changes.map((change) => change.element).sort()).toEqual(
      [
        'class Client.member close',
        'class Client.member get',
        'enum Color.member Green',
        'export VERSION',
        'export experiment',
        'export format',
        'export newName',
        'export oldName',
        'export parse',
        'export preview',
        'export removedHelper',
        'interface CreateOptions.member description',
        'interface CreateOptions.member project',
        'interface Result.member createdAt',
        'interface ServiceContext.member logger',
      ].sort(),
    );
  });

  it('names the file when a model is not API Extractor output', () => {
    expect(() => diffTypeScriptApi('{"openapi": "3.0.3"}', fixtureModel('current'))).toThrow(
      'released model.api.json is not an API Extractor doc model',
    );
  });
});
