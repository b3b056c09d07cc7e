import { invalidInput } from './errors.js';

/**
 * Neutron's collection semantics (filters by attribute, `fields`, `sort_key`/`sort_dir`,
 * `limit`/`marker`/`page_reverse`), parsed once so core resources and plugins behave alike.
 *
 * @public
 */
export type AttributeType = 'string' | 'boolean' | 'integer';

/** @public */
export interface CollectionAttribute {
  /** Database column holding the attribute. */
  column: string;
  type: AttributeType;
  /** Whether `?attribute=value` filters on it (default true). */
  filter?: boolean;
  /** Whether `sort_key=attribute` is accepted (default true). */
  sort?: boolean;
}

/** @public */
export interface CollectionSpec {
  /** Singular name, as in `{"network": {...}}`. */
  resource: string;
  /** Plural name, as in `{"networks": [...]}`. */
  collection: string;
  attributes: Record<string, CollectionAttribute>;
  /** Attributes that exist on the resource but cannot be filtered or sorted (lists, objects). */
  unqueryable?: readonly string[];
  /** Filters the service applies to the query itself (`fixed_ips` on ports); `parseListQuery` leaves them out. */
  serviceFilters?: readonly string[];
}

/** @public */
export type FilterValue = string | number | boolean;

/** @public */
export interface ListQuery {
  filters: Array<{ attribute: string; column: string; values: FilterValue[] }>;
  /** Sort order; always ends with the id column so pages are stable. */
  sort: Array<{ attribute: string; column: string; direction: 'asc' | 'desc' }>;
  limit?: number;
  marker?: string;
  pageReverse: boolean;
  fields?: string[];
}

/** @public */
export type RawQuery = Record<string, unknown>;

/**
 * The largest page a list returns; a larger `limit` is read as this one (as Neutron caps a limit
 * at its `pagination_max_limit`).
 *
 * @public
 */
export const MAX_LIST_LIMIT = 2_147_483_647;

const RESERVED = new Set(['fields', 'sort_key', 'sort_dir', 'limit', 'marker', 'page_reverse']);

/** @public */
export function parseListQuery(spec: CollectionSpec, raw: RawQuery): ListQuery {
  return {
    filters: parseFilters(spec, raw),
    sort: parseSort(spec, raw),
    limit: parseLimit(raw.limit),
    marker: lastValue(raw.marker),
    pageReverse: parseBooleanFilter('page_reverse', lastValue(raw.page_reverse) ?? 'false'),
    fields: raw.fields === undefined ? undefined : values(raw.fields),
  };
}

function parseFilters(spec: CollectionSpec, raw: RawQuery): ListQuery['filters'] {
  const filters: ListQuery['filters'] = [];
  for (const [attribute, value] of Object.entries(raw)) {
    if (RESERVED.has(attribute) || value === undefined || spec.serviceFilters?.includes(attribute)) continue;
    const definition = attributeOf(spec, attribute);
    if (!definition || definition.filter === false) {
      throw invalidInput(
        `${JSON.stringify(attribute)} is not a valid filter for ${spec.collection}. ` +
          `Filter by one of: ${filterableAttributes(spec).join(', ')}.`,
      );
    }
    const parsed = values(value).map((text) => parseTyped(attribute, definition.type, text));
    filters.push({ attribute, column: definition.column, values: parsed });
  }
  return filters;
}

function parseSort(spec: CollectionSpec, raw: RawQuery): ListQuery['sort'] {
  const keys = raw.sort_key === undefined ? [] : values(raw.sort_key);
  const directions = raw.sort_dir === undefined ? [] : values(raw.sort_dir);
  if (directions.length > 0 && directions.length !== keys.length) {
    throw invalidInput(
      `Got ${keys.length} sort_key and ${directions.length} sort_dir values; give one sort_dir per sort_key, or none for ascending.`,
    );
  }
  const sort = keys.map((attribute, index) => {
    const definition = attributeOf(spec, attribute);
    if (!definition || definition.sort === false) {
      throw invalidInput(
        `${JSON.stringify(attribute)} is not a valid sort_key for ${spec.collection}. ` +
          `Sort by one of: ${sortableAttributes(spec).join(', ')}.`,
      );
    }
    return { attribute, column: definition.column, direction: parseDirection(directions[index] ?? 'asc') };
  });
  if (!sort.some((entry) => entry.attribute === 'id')) {
    const idColumn = spec.attributes.id?.column ?? 'id';
    sort.push({ attribute: 'id', column: idColumn, direction: sort[0]?.direction ?? 'asc' });
  }
  return sort;
}

/** Query keys are the caller's: only the spec's own attributes count, never `constructor` or `__proto__`. */
function attributeOf(spec: CollectionSpec, attribute: string): CollectionAttribute | undefined {
  return Object.hasOwn(spec.attributes, attribute) ? spec.attributes[attribute] : undefined;
}

function parseDirection(text: string): 'asc' | 'desc' {
  if (text === 'asc' || text === 'desc') return text;
  throw invalidInput(`sort_dir must be "asc" or "desc", not ${JSON.stringify(text)}.`);
}

function parseLimit(value: unknown): number | undefined {
  const text = lastValue(value);
  if (text === undefined) return undefined;
  // Number() would read "" as 0 and "1e3" as 1000; only plain digits are a limit.
  if (!/^\d+$/.test(text)) {
    throw invalidInput(`limit must be a non-negative integer, not ${JSON.stringify(text)}.`);
  }
  const limit = Number(text);
  // Neutron treats limit=0 as "no limit".
  if (limit === 0) return undefined;
  // No page is ever that large; capping keeps the SQL LIMIT an integer every database accepts.
  return Math.min(limit, MAX_LIST_LIMIT);
}

function parseTyped(attribute: string, type: AttributeType, text: string): FilterValue {
  if (type === 'boolean') return parseBooleanFilter(attribute, text);
  if (type === 'integer') {
    const number = Number(text);
    if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(number)) throw invalidInput(`${attribute} must be an integer, not ${JSON.stringify(text)}.`);
    return number;
  }
  return text;
}

/**
 * A boolean query value as Neutron reads one (true/false/1/0, in any case), or a 400 naming the
 * parameter: for services' own filters on computed flags.
 *
 * @public
 */
export function parseBooleanFilter(attribute: string, text: string): boolean {
  const lowered = text.toLowerCase();
  if (lowered === 'true' || lowered === '1') return true;
  if (lowered === 'false' || lowered === '0') return false;
  throw invalidInput(`${attribute} must be true or false, not ${JSON.stringify(text)}.`);
}

function values(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((entry) => String(entry));
}

function lastValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const list = values(value);
  return list[list.length - 1];
}

function filterableAttributes(spec: CollectionSpec): string[] {
  const attributes = Object.entries(spec.attributes)
    .filter(([, definition]) => definition.filter !== false)
    .map(([name]) => name);
  return [...attributes, ...(spec.serviceFilters ?? [])];
}

function sortableAttributes(spec: CollectionSpec): string[] {
  return Object.entries(spec.attributes)
    .filter(([, definition]) => definition.sort !== false)
    .map(([name]) => name);
}

/**
 * Keeps only the requested `fields` of a resource, as Neutron does.
 *
 * @public
 */
export function pickFields<T extends object>(resource: T, fields: readonly string[] | undefined): Partial<T> {
  if (!fields || fields.length === 0) return resource;
  const picked: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const field of fields) {
    if (Object.hasOwn(resource, field)) picked[field] = (resource as Record<string, unknown>)[field];
  }
  return picked as Partial<T>;
}
