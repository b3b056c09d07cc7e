import type { ChangeLocation } from './change-location.js';

/**
 * Which HTTP changes break clients: OUR rules, applied to each structural difference that
 * api-smart-diff finds inside an operation. Each rule answers for the changes it knows and
 * returns undefined otherwise; the library's own classification is the last resort.
 * A request may only become more permissive and a response only promise more.
 */
export interface StructuralChange {
  action: 'add' | 'remove' | 'replace' | 'rename';
  location: ChangeLocation;
  before?: unknown;
  after?: unknown;
  /** api-smart-diff's verdict and wording, used when none of our rules applies. */
  library: { breaking: boolean; description?: string };
}

export interface Verdict {
  /** Overrides the located field (a `required` change names the field that became required). */
  field?: string;
  change: string;
  breaking: boolean;
}

/** `null`: the change is documentation only and is not reported. */
export type ChangeRule = (change: StructuralChange) => Verdict | null | undefined;

const ANNOTATIONS = new Set(['description', 'summary', 'title', 'example', 'examples', 'tags', 'operationId', 'deprecated', '$comment']);

export const ignoreAnnotations: ChangeRule = ({ location }) => {
  const keyword = location.keyword ?? '';
  if (location.place === 'operation-annotation' || ANNOTATIONS.has(keyword) || keyword.startsWith('x-')) return null;
  return undefined;
};

/** A removed success status changes what clients wait for; an undocumented error response breaks nobody. */
export const statusCodes: ChangeRule = ({ action, location }) => {
  if (location.place !== 'status') return undefined;
  if (action === 'add') return { change: 'status code added', breaking: false };
  const success = /^2/.test(location.status ?? '');
  return success ? { change: 'success status code removed', breaking: true } : { change: 'error response no longer documented', breaking: false };
};

/** A field (or parameter) appearing or going away. */
export const fieldPresence: ChangeRule = ({ action, location, after }) => {
  if (location.keyword !== undefined || (action !== 'add' && action !== 'remove')) return undefined;
  if (location.field === '' && location.place !== 'parameter') return undefined;
  if (action === 'remove') {
    return location.place === 'response'
      ? { change: 'removed from the response', breaking: true }
      : { change: 'removed: requests that send it are refused', breaking: true };
  }
  const required = location.place === 'parameter' && location.field === '' && (after as { required?: boolean } | undefined)?.required === true;
  return required ? { change: 'added as a required parameter', breaking: true } : { change: 'added', breaking: false };
};

/** `required`: in a request it is a new obligation for clients, in a response a promise withdrawn when it goes. */
export const requiredFields: ChangeRule = ({ action, location, before, after }) => {
  if (location.keyword !== 'required') return undefined;
  const inResponse = location.place === 'response';
  const becameRequired = action === 'add' || (action === 'replace' && after === true);
  if (location.place === 'parameter' && location.field === '') {
    return becameRequired ? { change: 'became required', breaking: true } : { change: 'became optional', breaking: false };
  }
  const names = [action === 'remove' ? before : after].flat().filter((name) => typeof name === 'string');
  const field = names.map((name) => (location.field === '' ? name : `${location.field}.${name}`)).join(', ') || location.field;
  if (becameRequired) return { field, change: inResponse ? 'now always present' : 'became required', breaking: !inResponse };
  return { field, change: inResponse ? 'no longer always present' : 'became optional', breaking: inResponse };
};

export const typeChanges: ChangeRule = ({ action, location, before, after }) => {
  if (location.keyword !== 'type') return undefined;
  if (action === 'replace') return { change: `type changed from ${String(before)} to ${String(after)}`, breaking: true };
  const inResponse = location.place === 'response';
  if (action === 'add') return { change: `now restricted to type ${String(after)}`, breaking: !inResponse };
  return { change: `no longer restricted to type ${String(before)}`, breaking: inResponse };
};

/** One enum value at a time: fewer accepted or promised values break, more do not. */
export const enumValues: ChangeRule = ({ action, location, before, after }) => {
  if (location.keyword !== 'enum') return undefined;
  const inResponse = location.place === 'response';
  if (location.rest.length === 0) {
    if (action === 'add') return { change: `now restricted to ${JSON.stringify(after)}`, breaking: !inResponse };
    if (action === 'remove') return { change: `no longer restricted to ${JSON.stringify(before)}`, breaking: inResponse };
  }
  if (action === 'add') return { change: `enum value ${JSON.stringify(after)} added`, breaking: false };
  if (action === 'remove') return { change: `enum value ${JSON.stringify(before)} removed`, breaking: true };
  return { change: `enum value ${JSON.stringify(before)} replaced by ${JSON.stringify(after)}`, breaking: true };
};

/** Anything else (length limits, patterns, formats...): what api-smart-diff says. */
export const libraryVerdict: ChangeRule = ({ action, location, library }) => ({
  change: library.description ?? `${location.keyword ?? 'schema'} ${action === 'replace' ? 'changed' : `${action === 'add' ? 'added' : 'removed'}`}`,
  breaking: library.breaking,
});

export const HTTP_CHANGE_RULES: readonly ChangeRule[] = [ignoreAnnotations, statusCodes, fieldPresence, requiredFields, typeChanges, enumValues, libraryVerdict];

export function classifyChange(change: StructuralChange, rules: readonly ChangeRule[] = HTTP_CHANGE_RULES): Verdict | null {
  for (const rule of rules) {
    const verdict = rule(change);
    if (verdict !== undefined) return verdict;
  }
  return null;
}
