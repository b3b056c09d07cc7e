import { describe, expect, it } from 'vitest';
import { constOnlyGainsMembers, onlyAddsOptionalMembers } from './object-literal-members.js';

const released = 'database: { url: string; };';

describe('onlyAddsOptionalMembers', () => {
  it('accepts an inline object type that only gains optional members', () => {
    expect(onlyAddsOptionalMembers(released, 'database: { url: string; poolSize?: number; statementTimeoutMs?: number; };')).toBe(true);
  });

  it('refuses a new required member, a removed or retyped member, and a member made optional', () => {
    expect(onlyAddsOptionalMembers(released, 'database: { url: string; poolSize: number; };')).toBe(false);
    expect(onlyAddsOptionalMembers('database: { url: string; pool: number; };', 'database: { url: string; };')).toBe(false);
    expect(onlyAddsOptionalMembers(released, 'database: { url: number; };')).toBe(false);
    expect(onlyAddsOptionalMembers(released, 'database: { url?: string; };')).toBe(false);
  });

  it('refuses a renamed property and types that are not object literals', () => {
    expect(onlyAddsOptionalMembers(released, 'db: { url: string; extra?: number; };')).toBe(false);
    expect(onlyAddsOptionalMembers('database: string;', 'database: string | number;')).toBe(false);
  });
});

describe('constOnlyGainsMembers', () => {
  const catalog = 'CATALOG: { readonly A: { readonly status: 400; }; };';

  it('accepts a const object that gains a member, required or not', () => {
    expect(constOnlyGainsMembers(catalog, 'CATALOG: { readonly A: { readonly status: 400; }; readonly B: { readonly status: 503; }; };')).toBe(true);
  });

  it('refuses a const that loses or changes a member', () => {
    expect(constOnlyGainsMembers(catalog, 'CATALOG: {};')).toBe(false);
    expect(constOnlyGainsMembers(catalog, 'CATALOG: { readonly A: { readonly status: 404; }; };')).toBe(false);
  });
});
