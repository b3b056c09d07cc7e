import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { RequestAuth } from '../auth.js';
import type { JsonSchema } from '../service-plugin.js';
import type { AttributeDeclarations, ResourceOf } from './attributes.js';
import { type Resource, columnOf, scalarTypeOf } from './define-resource.js';

/**
 * A stored row, by column name.
 *
 * @public
 */
export type StoredRow = Record<string, unknown>;

/**
 * The SQL of one resource: every read is scoped to what the caller may see, so routes, reference
 * checks and services share one definition of visibility.
 *
 * @public
 */
export interface ResourceStore {
  // Kysely's builders are generic over the caller's schema; the kit works on any table.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  selectVisible(auth: RequestAuth): SelectQueryBuilder<any, any, StoredRow>;
  findVisible(auth: RequestAuth, id: string): Promise<StoredRow | undefined>;
  /** Unscoped: for services that must see a row whatever the caller (hooks, uniqueness checks). */
  find(id: string): Promise<StoredRow | undefined>;
  insert(row: StoredRow): Promise<void>;
  update(id: string, changes: StoredRow): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * Who sees a row. The default: admins see every project, everyone else their own project's rows.
 *
 * @public
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type VisibilityRule = (query: SelectQueryBuilder<any, any, StoredRow>, auth: RequestAuth) => SelectQueryBuilder<any, any, StoredRow>;

/** @public */
export const projectVisibility: VisibilityRule = (query, auth) => (auth.isAdmin ? query : query.where('project_id', '=', auth.projectId));

/**
 * The store of a resource declared with `defineResource`, over its table. Booleans are written
 * as 1/0 (SQLite cannot bind booleans; the same columns serve PostgreSQL).
 *
 * @public
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function tableStore(db: Kysely<any>, resource: Resource, visibility: VisibilityRule = projectVisibility): ResourceStore {
  const { table } = resource.declaration;
  const booleans = booleanColumns(resource.declaration.attributes);
  const stored = (row: StoredRow) => toStored(row, booleans);
  const store: ResourceStore = {
    selectVisible: (auth) => visibility(db.selectFrom(table).selectAll(), auth),
    findVisible: (auth, id) => store.selectVisible(auth).where('id', '=', id).executeTakeFirst(),
    find: (id) => db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst(),
    insert: async (row) => {
      await db.insertInto(table).values(stored(row)).execute();
    },
    update: async (id, changes) => {
      if (Object.keys(changes).length === 0) return;
      await db.updateTable(table).set(stored(changes)).where('id', '=', id).execute();
    },
    remove: async (id) => {
      await db.deleteFrom(table).where('id', '=', id).execute();
    },
  };
  rebinders.set(store, (other) => tableStore(other, resource, visibility));
  return store;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const rebinders = new WeakMap<ResourceStore, (db: Kysely<any>) => ResourceStore>();

/**
 * The same store over another handle of the database (a bulk create's transaction), or undefined
 * for a store `tableStore` did not make: the kit cannot know where such a store reads.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function storeOver(store: ResourceStore, db: Kysely<any>): ResourceStore | undefined {
  return rebinders.get(store)?.(db);
}

/**
 * Rows to resources: each stored attribute from its column (flags read back as booleans,
 * `tenant_id` from `project_id`), and each computed one from `computed(row)` (related rows the
 * service loaded for the whole page). Without `computed`, computed attributes are left out.
 *
 * @public
 */
export function presentRows<TAttributes extends AttributeDeclarations>(
  resource: Resource<TAttributes>,
  rows: readonly StoredRow[],
  computed?: (row: StoredRow) => Partial<ResourceOf<TAttributes>> | undefined,
): Array<ResourceOf<TAttributes>> {
  const present = presenterOf(resource);
  return rows.map((row) => present(row, computed?.(row)) as ResourceOf<TAttributes>);
}

type Presenter = (row: StoredRow, computed: Record<string, unknown> | undefined) => Record<string, unknown>;

const presenters = new WeakMap<Resource, Presenter>();

/**
 * One presenter per resource, compiled from its declaration into a single object literal, as
 * fast-json-stringify compiles serializers: every resource of a kind then has the same shape,
 * which keeps listing and serializing a page as fast as hand-written presenters.
 */
function presenterOf(resource: Resource): Presenter {
  let presenter = presenters.get(resource);
  if (!presenter) {
    presenter = compilePresenter(resource.declaration.attributes);
    presenters.set(resource, presenter);
  }
  return presenter;
}

function compilePresenter(attributes: AttributeDeclarations): Presenter {
  const entries = Object.entries(attributes).map(([name, attribute]) => {
    const key = JSON.stringify(name);
    const column = columnOf(name, attribute);
    if (column === undefined) return `${key}: computed === undefined ? undefined : computed[${key}]`;
    const read = `row[${JSON.stringify(column)}]`;
    return scalarTypeOf(attribute.schema as JsonSchema) === 'boolean' ? `${key}: readFlag(${read})` : `${key}: ${read}`;
  });
  // The keys and columns are the declaration's, never a request's, and are quoted by JSON.stringify.
  const factory = new Function('readFlag', `return function present(row, computed) { return { ${entries.join(', ')} }; };`) as (
    readFlag: (value: unknown) => unknown,
  ) => Presenter;
  return factory(readFlag);
}

/** Flags are stored as 1/0 (or booleans on PostgreSQL); null stays null. */
function readFlag(value: unknown): unknown {
  return value === null || value === undefined ? value : value === true || value === 1;
}

/**
 * The columns of a create or update: each sent (or defaulted) attribute that has a column.
 *
 * @public
 */
export function storedColumns(resource: Resource, values: Record<string, unknown>): StoredRow {
  const row: StoredRow = {};
  for (const [name, attribute] of Object.entries(resource.declaration.attributes)) {
    const column = columnOf(name, attribute);
    if (column === undefined || !Object.hasOwn(values, name) || values[name] === undefined) continue;
    row[column] = values[name];
  }
  return row;
}

function booleanColumns(attributes: AttributeDeclarations): Set<string> {
  const columns = new Set<string>();
  for (const [name, attribute] of Object.entries(attributes)) {
    const column = columnOf(name, attribute);
    if (column !== undefined && scalarTypeOf(attribute.schema as JsonSchema) === 'boolean') columns.add(column);
  }
  return columns;
}

function toStored(row: StoredRow, booleans: ReadonlySet<string>): StoredRow {
  const stored: StoredRow = {};
  for (const [column, value] of Object.entries(row)) stored[column] = booleans.has(column) && typeof value === 'boolean' ? Number(value) : value;
  return stored;
}
