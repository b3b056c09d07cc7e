import { describe, expect, it } from 'vitest';
import type { ApiElement } from './api-surface.js';
import {
  addedMember,
  changedReleaseTag,
  changedSignature,
  findInputInterfaces,
  isProtected,
  onlyAddsOptionalParameters,
  removedExport,
} from './typescript-change-rules.js';

function element(overrides: Partial<ApiElement>): ApiElement {
  return {
    element: 'export f',
    kind: 'Function',
    releaseTag: '@public',
    signature: 'f()',
    optional: false,
    parameterTypeReferences: [],
    propertyTypeReferences: [],
    canonicalReference: 'pkg!f:function(1)',
    ...overrides,
  };
}

const fn = (parameters: Array<[string, boolean]>, returnType = 'void') =>
  element({
    signature: `f(${parameters.map(([type, optional]) => `${optional ? '?' : ''}${type}`).join()}): ${returnType}`,
    parameters: parameters.map(([type, optional]) => ({ type, optional })),
    returnType,
    typeParameters: '',
  });

describe('onlyAddsOptionalParameters', () => {
  it('accepts a new optional parameter and a parameter that became optional', () => {
    expect(onlyAddsOptionalParameters(fn([['string', false]]), fn([['string', false], ['number', true]]))).toBe(true);
    expect(onlyAddsOptionalParameters(fn([['string', false]]), fn([['string', true]]))).toBe(true);
  });

  it('refuses a new required parameter, a removed one, an optional one made required, or a new return type', () => {
    expect(onlyAddsOptionalParameters(fn([['string', false]]), fn([['string', false], ['number', false]]))).toBe(false);
    expect(onlyAddsOptionalParameters(fn([['string', false], ['number', true]]), fn([['string', false]]))).toBe(false);
    expect(onlyAddsOptionalParameters(fn([['string', true]]), fn([['string', false]]))).toBe(false);
    expect(onlyAddsOptionalParameters(fn([], 'void'), fn([], 'string'))).toBe(false);
  });
});

describe('changedSignature', () => {
  it('is silent when the text is the same and breaking when a type changed', () => {
    expect(changedSignature(fn([['string', false]]), fn([['string', false]]))).toBeUndefined();
    expect(changedSignature(fn([['string', false]]), fn([['number', false]]))?.breaking).toBe(true);
  });
});

describe('removedExport', () => {
  it('suggests only added exports of the same kind as the new name', () => {
    const removed = element({ element: 'export oldName' });
    const added = [element({ element: 'export newName' }), element({ element: 'export Thing', kind: 'Interface' })];
    expect(removedExport(removed, added).change).toBe('removed (renamed? new function newName)');
    expect(removedExport(removed, []).change).toBe('removed');
  });
});

describe('addedMember', () => {
  const property = (optional: boolean) =>
    element({ element: 'interface Options.member project', kind: 'PropertySignature', parent: 'Options', optional });

  it('breaks only a required property of an input interface', () => {
    expect(addedMember(property(false), new Set(['Options'])).breaking).toBe(true);
    expect(addedMember(property(true), new Set(['Options'])).breaking).toBe(false);
    expect(addedMember(property(false), new Set()).breaking).toBe(false);
  });
});

describe('changedReleaseTag', () => {
  it('records a promotion as information and a demotion from @public as breaking', () => {
    expect(changedReleaseTag(element({ releaseTag: '@beta' }), element({ releaseTag: '@public' }))).toEqual({
      element: 'export f',
      change: 'release tag @beta -> @public',
      breaking: false,
    });
    expect(changedReleaseTag(element({ releaseTag: '@public' }), element({ releaseTag: '@alpha' }))?.breaking).toBe(true);
  });
});

describe('isProtected', () => {
  it('protects @public only', () => {
    expect(['@public', '@beta', '@alpha', ''].map((releaseTag) => isProtected(element({ releaseTag })))).toEqual([true, false, false, false]);
  });
});

describe('findInputInterfaces', () => {
  it('follows parameters, then the properties of the interfaces found', () => {
    const surface = [
      element({ element: 'export create', parameterTypeReferences: ['pkg!Options:interface'] }),
      element({ element: 'export Options', kind: 'Interface', canonicalReference: 'pkg!Options:interface' }),
      element({ element: 'interface Options.member tls', kind: 'PropertySignature', parent: 'Options', propertyTypeReferences: ['pkg!Tls:interface'] }),
      element({ element: 'export Tls', kind: 'Interface', canonicalReference: 'pkg!Tls:interface' }),
      element({ element: 'export Result', kind: 'Interface', canonicalReference: 'pkg!Result:interface' }),
    ];
    expect([...findInputInterfaces(surface)].sort()).toEqual(['Options', 'Tls']);
  });
});

describe('changedSignature of a property with an inline object type', () => {
  const property = (signature: string) => element({ element: 'interface Config.member database', kind: 'PropertySignature', signature });

  it('is compatible when the object type only gains optional members, breaking when it gains a required one', () => {
    const released = property('database: { url: string; };');
    expect(changedSignature(released, property('database: { url: string; poolSize?: number; };'))?.breaking).toBe(false);
    expect(changedSignature(released, property('database: { url: string; poolSize: number; };'))?.breaking).toBe(true);
  });
});
