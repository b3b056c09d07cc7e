import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { type RequestAuth, owningProject } from '../auth.js';
import { listCollection } from '../collection.js';
import { invalidInput, notFound } from '../errors.js';
import { pickFields } from '../list-query.js';
import { idParams, noContentResponse, showQuerystring } from '../neutron-schemas.js';
import type { AttributeDeclarations, CreateInput, InputSchemaOf, KeysWhere, ResourceOf, UpdateInput } from './attributes.js';
import type { Resource } from './define-resource.js';
import { resourceDirectoryOf } from './directory.js';
import { neutronErrorResponses } from './error-responses.js';
import { checkQuota } from './quotas.js';
import { checkReferences } from './references.js';
import { type BulkCreateSteps, createAllInTransaction, createOneByOne } from './bulk-create.js';
import { createOrBulkBody, createdResponse } from './resource-schemas.js';
import { type ResourceStore, type StoredRow, presentRows, storeOver, storedColumns, tableStore } from './table-store.js';

/**
 * What a service function receives: the caller, the database, and the resource's store.
 *
 * @public
 */
export interface ResourceOperation {
  request: FastifyRequest;
  auth: RequestAuth;
  // The host's database serves core and plugins alike; each service knows its own tables.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  store: ResourceStore;
}

/**
 * A create request after the kit's checks: the owning project is decided (project_id), every
 * reference is one the caller may use, and defaults are filled in (so attributes with a
 * `default` are always present).
 *
 * @public
 */
export type CheckedCreateInput<TAttributes extends AttributeDeclarations> = CreateInput<TAttributes> & {
  [K in KeysWhere<TAttributes, { default: unknown }>]: InputSchemaOf<TAttributes[K]>;
} & { project_id: string };

/**
 * The resource-specific logic of a service, each a named function the kit calls. Any left out
 * does the plain thing: insert one row, update the sent columns, delete the row, show the columns.
 *
 * @public
 */
export interface ResourceService<TAttributes extends AttributeDeclarations> {
  /**
   * Creates the resource; returns its id, for the kit to read it back. Or returns the resource as
   * created (as `present` shows it, read inside the creating transaction) when a concurrent request
   * may delete it right after the commit: the creator still gets its 201. Default: `store.insert(newRow(...))`.
   */
  create?(operation: ResourceOperation, input: CheckedCreateInput<TAttributes>): Promise<string | ResourceOf<TAttributes>>;
  /**
   * Applies an update to a row the caller may see; may return the resource as updated (read inside
   * its transaction), as `create` may, else the kit reads it back. Default: the sent columns and `updated_at`.
   */
  update?(operation: ResourceOperation, row: StoredRow, changes: UpdateInput<TAttributes>): Promise<void | ResourceOf<TAttributes>>;
  /** Deletes a row the caller may see (refuse with a 409 while it is in use). Default: the row. */
  remove?(operation: ResourceOperation, row: StoredRow): Promise<void>;
  /**
   * Neutron's native bulk support: true when every function above reads and writes only through
   * `operation.db` and `operation.store` (transactions through `inTransaction`), so the kit may create
   * all the items of a bulk create in one transaction. Without it the kit creates them one by one
   * and deletes the created ones again when one is refused. A service that says true but uses
   * another database handle hangs a bulk create on SQLite; the conformance suite reports it.
   */
  nativeBulk?: boolean;
  /**
   * Rows to resources, computed attributes included (load related rows for the whole page at once).
   * `auth` is the caller the rows are shown to (the kit always passes it), for related rows of
   * other projects that it may not see (a shared resource used by other projects).
   */
  present?(
    rows: readonly StoredRow[],
    db: ResourceOperation['db'],
    auth?: RequestAuth,
  ): Promise<Array<ResourceOf<TAttributes>>> | Array<ResourceOf<TAttributes>>;
}

/** @public */
export type ResourceVerb = 'list' | 'show' | 'create' | 'update' | 'delete';

/**
 * A list filter the service applies itself: narrows the caller's scoped query by the filter's
 * values (each `?name=value` of the request, as sent), or throws a 400 naming a bad one. `auth`
 * is the caller, for filters on what depends on who asks (a group shared with the caller).
 *
 * @public
 */
export type QueryFilter = (
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query: SelectQueryBuilder<any, any, StoredRow>,
  values: readonly string[],
  auth: RequestAuth,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
) => SelectQueryBuilder<any, any, StoredRow>;

/** @public */
export interface RegisterResourceOptions<TAttributes extends AttributeDeclarations> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  service?: ResourceService<TAttributes>;
  /** Replaces the default table store (for another visibility rule, see `tableStore`). */
  store?: ResourceStore;
  /** The verbs served; default all five. */
  verbs?: readonly ResourceVerb[];
  /** OpenAPI summaries where the default ("List networks", "Create a network") says too little. */
  summaries?: Partial<Record<ResourceVerb, string>>;
  /** The SQL of each filter the declaration's `queryFilters` name. */
  queryFilters?: Readonly<Record<string, QueryFilter>>;
}

const ALL_VERBS: readonly ResourceVerb[] = ['list', 'show', 'create', 'update', 'delete'];

/**
 * Serves a declared resource with Neutron's semantics: list (filters, fields, sorting, pagination
 * links), show, create, update and delete, each scoped to the caller's project, each reference in a
 * request checked against what the caller may see, NeutronError bodies for every refusal.
 * Returns the store, for the service's own routes (member actions) to share.
 *
 * @public
 */
export function registerResource<TAttributes extends AttributeDeclarations>(
  app: FastifyInstance,
  resource: Resource<TAttributes>,
  options: RegisterResourceOptions<TAttributes>,
): ResourceStore {
  refuseUnstoredInput(resource, options.service as ResourceService<AttributeDeclarations> | undefined);
  refuseUnservedFilters(resource, options.queryFilters ?? {});
  const store = options.store ?? tableStore(options.db, resource);
  const directory = resourceDirectoryOf(app);
  directory.add(resource.declaration.resource, { findVisible: (auth, id) => store.findVisible(auth, id) as never });
  const kit = new ResourceRoutes(app, resource, store, options);
  const verbs = new Set(options.verbs ?? ALL_VERBS);
  if (verbs.has('list')) kit.list();
  if (verbs.has('show')) kit.show();
  if (verbs.has('create')) kit.create();
  if (verbs.has('update')) kit.update();
  if (verbs.has('delete')) kit.remove();
  app.addHook('onReady', async () => {
    const missing = resource.references.find((reference) => !directory.has(reference.resource));
    if (missing) {
      throw new TypeError(
        `${resource.declaration.resource}.${missing.attribute} references ${missing.resource}, which no loaded service serves; ` +
          'load the service that declares it.',
      );
    }
  });
  return store;
}

/** A computed attribute a request may send would be dropped by the default create or update. */
function refuseUnstoredInput(resource: Resource, service: ResourceService<AttributeDeclarations> | undefined): void {
  for (const [name, attribute] of Object.entries(resource.declaration.attributes)) {
    if (attribute.column !== false) continue;
    const verb = attribute.create && !service?.create ? 'create' : attribute.update && !service?.update ? 'update' : undefined;
    if (verb === undefined) continue;
    throw new TypeError(
      `${resource.declaration.resource}.${name} has no column but a request may send it on ${verb}; give the service a ${verb} function that stores it.`,
    );
  }
}

/** A declared filter without its SQL would be accepted by the schema and then ignored. */
function refuseUnservedFilters(resource: Resource, filters: Readonly<Record<string, QueryFilter>>): void {
  for (const name of Object.keys(resource.declaration.queryFilters ?? {})) {
    if (!Object.hasOwn(filters, name)) {
      throw new TypeError(`${resource.declaration.resource} declares the list filter ${name}; pass its SQL in registerResource's queryFilters.${name}.`);
    }
  }
}

class ResourceRoutes<TAttributes extends AttributeDeclarations> {
  readonly #resource: Resource<TAttributes>;
  readonly #names: { singular: string; plural: string; path: string; member: string; title: string };
  readonly #summaries: Record<ResourceVerb, string>;

  constructor(
    private readonly app: FastifyInstance,
    resource: Resource<TAttributes>,
    private readonly store: ResourceStore,
    private readonly options: RegisterResourceOptions<TAttributes>,
  ) {
    this.#resource = resource;
    const { resource: singular, collection: plural, path } = resource.declaration;
    this.#names = { singular, plural, path, member: `${path}/:id`, title: resource.title };
    const pluralTitle = plural.split('_').join(' ');
    const title = resource.title;
    this.#summaries = {
      list: `List ${pluralTitle}`,
      show: `Show a ${title}`,
      create: `Create a ${title}`,
      update: `Update a ${title}`,
      delete: `Delete a ${title}`,
      ...options.summaries,
    };
  }

  list(): void {
    const { path } = this.#names;
    this.app.get(path, {
      schema: this.#schema(this.#summaries.list, { querystring: this.#resource.schemas.listQuery, response: { 200: this.#resource.schemas.list } }),
      handler: async (request) =>
        listCollection({
          request,
          spec: this.#resource.collectionSpec,
          query: this.#filtered(this.store.selectVisible(request.auth), request.query as Record<string, unknown>, request.auth),
          findMarker: (id) => this.store.findVisible(request.auth, id),
          present: (rows) => this.#present(rows, request.auth),
        }),
    });
  }

  show(): void {
    const { singular, member } = this.#names;
    this.app.get(member, {
      schema: this.#schema(this.#summaries.show, { params: idParams, querystring: showQuerystring, response: { 200: this.#resource.schemas.single } }),
      handler: async (request) => {
        const { id } = request.params as { id: string };
        const { fields } = request.query as { fields?: string[] };
        return { [singular]: pickFields(await this.#showVisible(request.auth, id), fields) };
      },
    });
  }

  create(): void {
    const { path } = this.#names;
    const { declaration, schemas } = this.#resource;
    this.app.post(path, {
      schema: this.#schema(this.#summaries.create, {
        body: createOrBulkBody(declaration, schemas.createBody),
        response: { 201: createdResponse(declaration, schemas.item) },
      }),
      handler: async (request, reply) => {
        const { one, many } = this.#createRequest(request.body as Record<string, unknown>);
        const created = one === undefined ? { [this.#names.plural]: await this.#createMany(request, many) } : { [this.#names.singular]: await this.#createOne(request, one) };
        return reply.code(201).send(created);
      },
    });
  }

  #createRequest(body: Record<string, unknown>): { one?: Record<string, unknown>; many: Array<Record<string, unknown>> } {
    const { singular, plural, title } = this.#names;
    const one = body[singular] as Record<string, unknown> | undefined;
    const many = body[plural] as Array<Record<string, unknown>> | undefined;
    const how = `send {"${singular}": {...}} to create one ${title}, or {"${plural}": [{...}, ...]} to create several at once`;
    const unknown = Object.keys(body).find((key) => key !== singular && key !== plural);
    if (unknown !== undefined) throw invalidInput(`Unrecognized key '${unknown}' in the body: ${how}.`);
    if ((one === undefined) === (many === undefined)) throw invalidInput(`To create, ${how}; not both, not neither.`);
    return { one, many: many ?? [] };
  }

  async #createOne(request: FastifyRequest, sent: Record<string, unknown>): Promise<ResourceOf<TAttributes>> {
    const input = await this.#checkedCreate(request, sent);
    await this.#checkQuota([input]);
    const created = await this.#create(this.#operation(request), input);
    return typeof created === 'string' ? this.#showVisible(request.auth, created) : created;
  }

  /**
   * Neutron's bulk create: every item is checked first (references included), then created in one
   * transaction when the service says it joins it (`nativeBulk`), else one by one with the created
   * ones deleted again when one is refused. Either way a refused item leaves nothing behind.
   */
  async #createMany(request: FastifyRequest, items: ReadonlyArray<Record<string, unknown>>): Promise<Array<ResourceOf<TAttributes>>> {
    const inputs: Array<CheckedCreateInput<TAttributes>> = [];
    for (const item of items) inputs.push(await this.#checkedCreate(request, item));
    await this.#checkQuota(inputs);
    const steps: BulkCreateSteps<CheckedCreateInput<TAttributes>, ResourceOf<TAttributes>> = {
      create: (operation, input) => this.#create(operation, input),
      show: (operation, created) => this.#readBack(operation, created),
      undo: (operation, id) => this.#undoCreate(operation, id),
      idOf: (created) => String((created as { id?: unknown }).id),
    };
    const native = this.#nativeBulk();
    if (native === undefined) return createOneByOne(this.#operation(request), inputs, steps);
    return createAllInTransaction(this.options.db, (db) => ({ request, auth: request.auth, db, store: native(db) }), inputs, steps);
  }

  /** The store over a transaction when every item may be created in one: the service joins it, and the store is the kit's. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  #nativeBulk(): ((db: Kysely<any>) => ResourceStore) | undefined {
    const service = this.options.service;
    if (service?.create !== undefined && service.nativeBulk !== true) return undefined;
    if (storeOver(this.store, this.options.db) === undefined) return undefined;
    return (db) => storeOver(this.store, db) as ResourceStore;
  }

  async #readBack(operation: ResourceOperation, created: ReadonlyArray<string | ResourceOf<TAttributes>>): Promise<Array<ResourceOf<TAttributes>>> {
    const ids = created.filter((item): item is string => typeof item === 'string');
    const rows = ids.length === 0 ? [] : await operation.store.selectVisible(operation.auth).where('id', 'in', ids).execute();
    const shown = new Map((await this.#present(rows, operation.auth, operation.db)).map((resource) => [String((resource as { id?: unknown }).id), resource]));
    return created.map((item) => {
      if (typeof item !== 'string') return item;
      const resource = shown.get(item);
      if (resource === undefined) throw notFound(this.#names.singular, item);
      return resource;
    });
  }

  #checkQuota(inputs: ReadonlyArray<CheckedCreateInput<TAttributes>>): Promise<void> {
    const { quotas } = resourceDirectoryOf(this.app);
    return checkQuota(this.options.db, quotas, this.#resource, inputs.map((input) => input.project_id));
  }

  async #undoCreate(operation: ResourceOperation, id: string): Promise<void> {
    const row = await this.store.find(id);
    if (row === undefined) return;
    if (this.options.service?.remove) await this.options.service.remove(operation, row);
    else await this.store.remove(id);
  }

  #create(operation: ResourceOperation, input: CheckedCreateInput<TAttributes>): Promise<string | ResourceOf<TAttributes>> {
    return this.options.service?.create ? this.options.service.create(operation, input) : this.#insert(operation, input);
  }

  update(): void {
    const { singular, member } = this.#names;
    this.app.put(member, {
      schema: this.#schema(this.#summaries.update, { params: idParams, body: this.#resource.schemas.updateBody, response: { 200: this.#resource.schemas.single } }),
      handler: async (request) => {
        const { id } = request.params as { id: string };
        const changes = (request.body as Record<string, Record<string, unknown>>)[singular];
        this.#refuseReadOnly(changes);
        const row = await this.#findVisible(request.auth, id);
        await checkReferences(resourceDirectoryOf(this.app), this.#resource.references, {
          auth: request.auth,
          input: changes,
          owner: String(row.project_id),
          referrer: { ...row, ...changes },
        });
        const operation = this.#operation(request);
        const typed = changes as UpdateInput<TAttributes>;
        const updated = this.options.service?.update
          ? await this.options.service.update(operation, row, typed)
          : await this.store.update(id, { ...storedColumns(this.#resource, changes), ...this.#touched() });
        return { [singular]: updated ?? (await this.#showVisible(request.auth, id)) };
      },
    });
  }

  remove(): void {
    const { member } = this.#names;
    this.app.delete(member, {
      schema: this.#schema(this.#summaries.delete, { params: idParams, response: { 204: noContentResponse } }),
      handler: async (request, reply) => {
        const { id } = request.params as { id: string };
        const row = await this.#findVisible(request.auth, id);
        if (this.options.service?.remove) await this.options.service.remove(this.#operation(request), row);
        else await this.store.remove(id);
        return reply.code(204).send();
      },
    });
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  #filtered(query: SelectQueryBuilder<any, any, StoredRow>, raw: Record<string, unknown>, auth: RequestAuth): SelectQueryBuilder<any, any, StoredRow> {
    const filters = this.options.queryFilters ?? {};
    let filtered = query;
    for (const name of Object.keys(this.#resource.declaration.queryFilters ?? {})) {
      const value = raw[name];
      if (value === undefined) continue;
      filtered = filters[name](filtered, (Array.isArray(value) ? value : [value]).map(String), auth);
    }
    return filtered;
  }

  async #checkedCreate(request: FastifyRequest, sent: Record<string, unknown>): Promise<CheckedCreateInput<TAttributes>> {
    const owner = owningProject(request, sent as { project_id?: string; tenant_id?: string });
    const { tenant_id: _tenant, ...rest } = sent;
    const input = { ...this.#defaults(), ...rest, project_id: owner };
    await checkReferences(resourceDirectoryOf(this.app), this.#resource.references, { auth: request.auth, input: rest, owner, referrer: input });
    return input as CheckedCreateInput<TAttributes>;
  }

  async #insert(operation: ResourceOperation, input: CheckedCreateInput<TAttributes>): Promise<string> {
    const row = newRow(this.#resource, input as Record<string, unknown>);
    await operation.store.insert(row);
    return String(row.id);
  }

  #defaults(): Record<string, unknown> {
    const defaults: Record<string, unknown> = {};
    for (const [name, attribute] of Object.entries(this.#resource.declaration.attributes)) {
      if (attribute.default !== undefined) defaults[name] = structuredClone(attribute.default);
    }
    return defaults;
  }

  #touched(): StoredRow {
    return touchedColumns(this.#resource);
  }

  #refuseReadOnly(changes: Record<string, unknown>): void {
    const sent = this.#resource.readOnly.find((attribute) => Object.hasOwn(changes, attribute));
    if (sent === undefined) return;
    const { title } = this.#names;
    throw invalidInput(`Cannot update read-only attribute ${sent} of a ${title}; create a new ${title} instead.`);
  }

  async #findVisible(auth: RequestAuth, id: string): Promise<StoredRow> {
    const row = await this.store.findVisible(auth, id);
    // A row of another project is reported exactly like a missing one, so ids do not leak.
    if (!row) throw notFound(this.#names.singular, id);
    return row;
  }

  async #showVisible(auth: RequestAuth, id: string): Promise<ResourceOf<TAttributes>> {
    const [shown] = await this.#present([await this.#findVisible(auth, id)], auth);
    return shown;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async #present(rows: readonly StoredRow[], auth: RequestAuth, db: Kysely<any> = this.options.db): Promise<Array<ResourceOf<TAttributes>>> {
    const present = this.options.service?.present;
    return present ? present(rows, db, auth) : presentRows(this.#resource, rows);
  }

  #operation(request: FastifyRequest): ResourceOperation {
    return { request, auth: request.auth, db: this.options.db, store: this.store };
  }

  #schema(summary: string, parts: Record<string, unknown> & { response: Record<number, unknown> }) {
    return { tags: [...this.#resource.tags], summary, ...parts, response: { ...neutronErrorResponses, ...parts.response } };
  }
}

/**
 * The row of a new resource: a fresh id, the sent and defaulted columns, and the timestamps
 * when the resource has them. Custom `create` services start from it.
 *
 * @public
 */
export function newRow(resource: Resource, input: Record<string, unknown>): StoredRow {
  const attributes = resource.declaration.attributes;
  const now = neutronTimestamp();
  const timestamps = Object.hasOwn(attributes, 'created_at') ? { created_at: now, updated_at: now } : {};
  return { id: randomUUID(), ...storedColumns(resource, input), ...timestamps };
}

/**
 * The columns every update of a resource changes besides the sent ones: `updated_at` now and
 * `revision_number` raised by one, each when the resource declares it. Custom `update` services
 * store them with their own columns.
 *
 * @public
 */
export function touchedColumns(resource: Resource): StoredRow {
  const attributes = resource.declaration.attributes;
  const touched: StoredRow = {};
  if (Object.hasOwn(attributes, 'updated_at')) touched.updated_at = neutronTimestamp();
  if (Object.hasOwn(attributes, 'revision_number')) touched.revision_number = sql<number>`revision_number + 1`;
  return touched;
}

/**
 * Neutron's timestamp format: ISO 8601 in UTC, seconds precision (2026-11-30T01:02:03Z).
 *
 * @public
 */
export function neutronTimestamp(date = new Date()): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
