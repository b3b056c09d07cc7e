import type { ExpressionBuilder, Kysely } from 'kysely';
import { invalidInput } from '../../errors.js';
import type { QueryFilter } from '../register-resource.js';
import { rowsForIds } from '../rows-for-ids.js';
import type { TAG_FILTERS } from './declaration.js';

// A tag table has two columns, `resource_id` and `tag` (see `createTagTable`); the host's database
// holds core and plugin tables alike, so the functions take any database.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Where = ExpressionBuilder<any, any>;

/**
 * The tags of each resource of a page, in one query per thousand ids, sorted as Neutron shows them.
 *
 * @public
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function loadTags(db: Kysely<any>, table: string, ids: readonly string[]): Promise<Map<string, string[]>> {
  const tags = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return tags;
  const rows: Array<{ resource_id: string; tag: string }> = await rowsForIds(ids, (slice) =>
    db.selectFrom(table).select(['resource_id', 'tag']).where('resource_id', 'in', slice).orderBy('tag').execute(),
  );
  for (const row of rows) tags.get(row.resource_id)?.push(row.tag);
  return tags;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function replaceTags(db: Kysely<any>, table: string, id: string, tags: readonly string[]): Promise<void> {
  await db.deleteFrom(table).where('resource_id', '=', id).execute();
  if (tags.length > 0) await db.insertInto(table).values(tags.map((tag) => ({ resource_id: id, tag }))).execute();
}

/** Adds a tag; a tag already there stays as it is. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function addTag(db: Kysely<any>, table: string, id: string, tag: string): Promise<void> {
  await db
    .insertInto(table)
    .values({ resource_id: id, tag })
    .onConflict((conflict) => conflict.columns(['resource_id', 'tag']).doNothing())
    .execute();
}

/** Removes a tag; false when the resource did not have it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function removeTag(db: Kysely<any>, table: string, id: string, tag: string): Promise<boolean> {
  const result = await db.deleteFrom(table).where('resource_id', '=', id).where('tag', '=', tag).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function hasTag(db: Kysely<any>, table: string, id: string, tag: string): Promise<boolean> {
  return (await db.selectFrom(table).select('tag').where('resource_id', '=', id).where('tag', '=', tag).executeTakeFirst()) !== undefined;
}

/**
 * The SQL of Neutron's four tag filters over one resource's tag table, for `registerResource`'s
 * `queryFilters`.
 *
 * @public
 */
export function tagQueryFilters(table: string): Record<keyof typeof TAG_FILTERS, QueryFilter> {
  const tagged = (where: Where, tags: readonly string[]) => where('id', 'in', where.selectFrom(table).select('resource_id').where('tag', 'in', tags));
  const everyTag = (where: Where, tags: readonly string[]) => where.and(tags.map((tag) => tagged(where, [tag])));
  return {
    tags: (query, values) => query.where((where) => everyTag(where, splitTags('tags', values))),
    'tags-any': (query, values) => query.where((where) => tagged(where, splitTags('tags-any', values))),
    'not-tags': (query, values) => query.where((where) => where.not(everyTag(where, splitTags('not-tags', values)))),
    'not-tags-any': (query, values) => query.where((where) => where.not(tagged(where, splitTags('not-tags-any', values)))),
  };
}

function splitTags(filter: string, values: readonly string[]): string[] {
  const tags = [...new Set(values.flatMap((value) => value.split(',')).filter((tag) => tag !== ''))];
  if (tags.length === 0) throw invalidInput(`The ${filter} filter needs at least one tag, e.g. ${filter}=red,blue.`);
  return tags;
}
