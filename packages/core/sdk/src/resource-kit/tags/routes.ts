import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { RequestAuth } from '../../auth.js';
import { forbidden, notFound } from '../../errors.js';
import type { JsonSchema } from '../../service-plugin.js';
import type { Resource } from '../define-resource.js';
import { neutronErrorResponses } from '../error-responses.js';
import { touchedColumns } from '../register-resource.js';
import type { ResourceStore, StoredRow } from '../table-store.js';
import { inTransaction } from '../transactions.js';
import { addTag, hasTag, loadTags, removeTag, replaceTags } from './store.js';

/**
 * One tagged resource: its declaration, the store that decides who sees it (`registerResource`
 * returns it), and its tag table (made with `createTagTable`).
 *
 * @public
 */
export interface TaggedResource {
  resource: Resource;
  store: ResourceStore;
  table: string;
}

const tag: JsonSchema = { type: 'string', minLength: 1, maxLength: 255, pattern: '^[^,]+$', description: 'A tag; no commas (filters list tags with them).' };
const params: JsonSchema = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 255 }, tag },
  required: ['id'],
};
const tagsBody: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['tags'],
  properties: { tags: { type: 'array', uniqueItems: true, maxItems: 1000, items: tag } },
};
const tagsResponse: JsonSchema = { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } }, required: ['tags'] };
const empty: JsonSchema = { type: 'null', description: 'No body.' };

type TagRequest = FastifyRequest<{ Params: { id: string; tag?: string } }>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Neutron's tag extension (standard-attr-tag) on one resource: GET, PUT (replace all) and DELETE
 * `<path>/{id}/tags`, and GET (204 when present), PUT and DELETE `<path>/{id}/tags/{tag}`. Who may
 * read them is who sees the resource (another project's is a 404); changing them is its project's
 * or an admin's, and raises its revision_number, as any other update does.
 *
 * @public
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registerTags(app: FastifyInstance, db: Kysely<any>, tagged: TaggedResource): void {
  const { path, resource: singular } = tagged.resource.declaration;
  const schema = (summary: string, parts: Record<string, unknown>, response: Record<number, JsonSchema>) => ({
    tags: [...tagged.resource.tags],
    summary,
    params,
    ...parts,
    response: { ...neutronErrorResponses, ...response },
  });
  const collection = `${path}/:id/tags`;
  const member = `${collection}/:tag`;
  const { title } = tagged.resource;

  app.get(collection, { schema: schema(`List the tags of a ${title}`, {}, { 200: tagsResponse }) }, async (request: TagRequest) => {
    const row = await visibleRow(tagged, request);
    return { tags: (await loadTags(db, tagged.table, [String(row.id)])).get(String(row.id)) ?? [] };
  });
  app.put(collection, { schema: schema(`Replace the tags of a ${title}`, { body: tagsBody }, { 200: tagsResponse }) }, async (request: TagRequest) => {
    const { tags } = request.body as { tags: string[] };
    await changeTags(db, tagged, request, (trx, id) => replaceTags(trx, tagged.table, id, tags));
    return { tags: [...tags].sort() };
  });
  app.delete(collection, { schema: schema(`Remove every tag of a ${title}`, {}, { 204: empty }) }, async (request: TagRequest, reply) => {
    await changeTags(db, tagged, request, (trx, id) => replaceTags(trx, tagged.table, id, []));
    return reply.code(204).send();
  });
  app.get(member, { schema: schema(`Check a tag of a ${title}`, {}, { 204: empty }) }, async (request: TagRequest, reply) => {
    const row = await visibleRow(tagged, request);
    if (!(await hasTag(db, tagged.table, String(row.id), tagOf(request)))) throw tagNotFound(singular, request);
    return reply.code(204).send();
  });
  app.put(member, { schema: schema(`Add a tag to a ${title}`, {}, { 201: empty }) }, async (request: TagRequest, reply) => {
    await changeTags(db, tagged, request, (trx, id) => addTag(trx, tagged.table, id, tagOf(request)));
    return reply.code(201).send();
  });
  app.delete(member, { schema: schema(`Remove a tag of a ${title}`, {}, { 204: empty }) }, async (request: TagRequest, reply) => {
    await changeTags(db, tagged, request, async (trx, id) => {
      if (!(await removeTag(trx, tagged.table, id, tagOf(request)))) throw tagNotFound(singular, request);
    });
    return reply.code(204).send();
  });
}

async function visibleRow(tagged: TaggedResource, request: TagRequest): Promise<StoredRow> {
  const row = await tagged.store.findVisible(request.auth, request.params.id);
  // Another project's resource is reported exactly like a missing one, as the kit does.
  if (!row) throw notFound(tagged.resource.declaration.resource, request.params.id);
  return row;
}

/** The change and the resource's revision in one transaction; the revision update also locks the row, so a concurrent delete waits or wins (404). */
async function changeTags(db: AnyDb, tagged: TaggedResource, request: TagRequest, change: (trx: AnyDb, id: string) => Promise<void>): Promise<void> {
  const row = await visibleRow(tagged, request);
  refuseForeign(request.auth, row, tagged.resource.title);
  const id = String(row.id);
  await inTransaction(db, async (trx) => {
    const touched = await trx.updateTable(tagged.resource.declaration.table).set(touchedColumns(tagged.resource)).where('id', '=', id).executeTakeFirst();
    if (Number(touched.numUpdatedRows) === 0) throw notFound(tagged.resource.declaration.resource, id);
    await change(trx, id);
  });
}

/** Shared resources are visible to every project, but only their own project tags them, as in Neutron's policy. */
function refuseForeign(auth: RequestAuth, row: StoredRow, title: string): void {
  if (auth.isAdmin || row.project_id === auth.projectId) return;
  throw forbidden(`Only the ${title}'s project or an admin may change the tags of ${title} ${String(row.id)}.`);
}

function tagOf(request: TagRequest): string {
  return String(request.params.tag);
}

function tagNotFound(resource: string, request: TagRequest) {
  return notFound('tag', `${tagOf(request)} of ${resource} ${request.params.id}`);
}
