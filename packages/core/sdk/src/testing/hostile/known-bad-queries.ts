import type { CollectionSpec } from '../../list-query.js';
import type { ConformanceRequest } from '../options.js';
import { PROTOTYPE_NAMES } from './hostile-values.js';

const LIMITS = ['99999999999999999999', '-1', '1.5', '1e3', '', 'abc', '%00', '0x10', 'Infinity'];
const INTEGERS = ['99999999999999999999', '-99999999999999999999', '1.5', '1e400', 'abc', ''];
const BOOLEANS = ['maybe', '', '2', '%00'];
const REPEATED_VALUES = 1000;

/** List queries that must be refused (or answered) cleanly: prototype names everywhere a name goes, bad limits and typed values. */
export function knownBadListRequests(path: string, spec: CollectionSpec): ConformanceRequest[] {
  const queries = [...prototypeQueries(), ...limitQueries(), ...typedQueries(spec), ...shapeQueries(spec)];
  return queries.map((query) => ({ method: 'GET', url: `${path}?${query}` }));
}

function prototypeQueries(): string[] {
  return PROTOTYPE_NAMES.flatMap((name) => [`${name}=x`, `sort_key=${name}`, `fields=${name}`, `marker=${name}`, `sort_key=id&sort_dir=${name}`, `page_reverse=${name}`]);
}

function limitQueries(): string[] {
  return [...LIMITS.map((limit) => `limit=${limit}`), 'limit=1&limit=2', 'sort_key=id&sort_dir=asc&sort_dir=desc', 'sort_dir=desc'];
}

function typedQueries(spec: CollectionSpec): string[] {
  const queries: string[] = [];
  for (const [name, attribute] of Object.entries(spec.attributes)) {
    if (attribute.type === 'integer') queries.push(...INTEGERS.map((value) => `${name}=${value}`));
    if (attribute.type === 'boolean') queries.push(...BOOLEANS.map((value) => `${name}=${value}`));
  }
  const text = Object.entries(spec.attributes).find(([, attribute]) => attribute.type === 'string')?.[0];
  if (text !== undefined) queries.push(`${text}=%00`, `${text}=%ED%A0%80`, `${text}=${'x'.repeat(70_000)}`, `${text}=%`);
  return queries;
}

function shapeQueries(spec: CollectionSpec): string[] {
  const names = Object.keys(spec.attributes);
  return [
    'colour=red',
    '%00=x',
    '=x',
    '&&&',
    '%=%',
    `id=${Array.from({ length: REPEATED_VALUES }, (_, index) => `id-${index}`).join('&id=')}`,
    names.map((name) => `fields=${name}`).join('&'),
    names.map((name) => `sort_key=${name}`).join('&'),
    ...(spec.unqueryable ?? []).flatMap((name) => [`${name}=x`, `sort_key=${name}`]),
  ];
}
