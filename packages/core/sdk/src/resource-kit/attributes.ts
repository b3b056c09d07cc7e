import { type Static, type TSchema, Type } from '@sinclair/typebox';

/**
 * A reference from one resource to another: the attribute holds the other resource's id (or a
 * list of ids, or a list of objects holding the id under `at`). The kit checks every reference a
 * request makes: the referenced resource must be one the caller may see, else the request fails
 * with that resource's 404, as if it did not exist.
 *
 * @public
 */
export interface ReferenceDeclaration {
  /** The referenced resource's singular name, as declared with `defineResource` ("network", "port"). */
  resource: string;
  /** For a list of objects (`fixed_ips: [{subnet_id}]`): the key of each item holding the id. */
  at?: string;
  /**
   * Also for admins, the referenced resource must belong to the referring resource's project
   * (a 409 `<Resource>InOtherProject` otherwise). Non-admins only ever see their own project's resources anyway.
   */
  sameProject?: boolean;
  /**
   * The refusal when the caller may not see the referenced resource (a missing one looks the same),
   * for a service whose clients know another answer; default that resource's 404 (`NetworkNotFound`).
   * `referrer` is the referring resource as the request leaves it: the create input, or the stored
   * row with the sent attributes over it (the stored row alone for a member action).
   */
  missing?: (id: string, referrer: Readonly<Record<string, unknown>>) => Error;
}

/**
 * One attribute of a resource: its JSON schema (a TypeBox schema, so TypeScript types derive from
 * it) and what a request may do with it.
 *
 * @public
 */
export interface AttributeDeclaration<TValue extends TSchema = TSchema> {
  /** The value as responses show it; request schemas derive from it (or from `input`). */
  schema: TValue;
  /** Accepted on create: `true` optional, `'required'` required. Absent: not accepted. */
  create?: boolean | 'required';
  /** Accepted on update. An attribute neither created nor updated is read-only (400 naming it). */
  update?: boolean;
  /** The request schema when it is stricter than the shown one (for example a pattern). */
  input?: TSchema;
  /** The stored value when a create request leaves the attribute out. */
  default?: unknown;
  /** The database column; `false` when the service computes the value (lists of related ids). */
  column?: string | false;
  /** `?attribute=value` filters on it; default true for scalar stored attributes. */
  filter?: boolean;
  /** `sort_key=attribute` accepted; default true for scalar stored attributes. */
  sort?: boolean;
  reference?: ReferenceDeclaration;
}

/**
 * The attributes of a resource, by name. Lookups by request input go through own keys only.
 *
 * @public
 */
export type AttributeDeclarations = Record<string, AttributeDeclaration>;

/**
 * Declares an attribute; the options keep their literal types, so `CreateInput` and `UpdateInput`
 * know which attributes a request may send.
 *
 * @public
 */
export function attribute<TValue extends TSchema, const TOptions extends Omit<AttributeDeclaration<TValue>, 'schema'>>(
  schema: TValue,
  options?: TOptions,
): { schema: TValue } & TOptions {
  return { schema, ...(options ?? ({} as TOptions)) };
}

/**
 * A resource as the API shows it.
 *
 * @public
 */
export type ResourceOf<TAttributes extends AttributeDeclarations> = {
  [K in keyof TAttributes]: Static<TAttributes[K]['schema']>;
};

/**
 * The type a request sends for an attribute: its `input` schema's, else its shown schema's.
 *
 * @public
 */
export type InputSchemaOf<TDeclaration extends AttributeDeclaration> = TDeclaration extends { input: infer TInput extends TSchema }
  ? Static<TInput>
  : Static<TDeclaration['schema']>;

/**
 * The attribute names whose declarations match `TCondition`.
 *
 * @public
 */
export type KeysWhere<TAttributes, TCondition> = {
  [K in keyof TAttributes]: TAttributes[K] extends TCondition ? K : never;
}[keyof TAttributes];

/**
 * The attributes a create request may send (project_id and tenant_id are the kit's).
 *
 * @public
 */
export type CreateInput<TAttributes extends AttributeDeclarations> = {
  [K in KeysWhere<TAttributes, { create: 'required' }>]: InputSchemaOf<TAttributes[K]>;
} & {
  [K in Exclude<KeysWhere<TAttributes, { create: true }>, 'project_id' | 'tenant_id'>]?: InputSchemaOf<TAttributes[K]>;
};

/**
 * The attributes an update request may send.
 *
 * @public
 */
export type UpdateInput<TAttributes extends AttributeDeclarations> = {
  [K in KeysWhere<TAttributes, { update: true }>]?: InputSchemaOf<TAttributes[K]>;
};

const name = Type.String({ maxLength: 255, description: 'A human-readable name.' });
const description = Type.String({ maxLength: 255, description: 'A human-readable description.' });
const projectId = Type.String({ minLength: 1, maxLength: 255, description: 'The owning project; only admins may name another project than their own.' });

/**
 * The attributes every Neutron resource has, in Neutron's order: id, name, description,
 * project_id and tenant_id (the same column, for older clients), then the timestamps when asked.
 * Spread your own attributes between them: `{ ...standardAttributes(), mtu: attribute(...) }`.
 *
 * @public
 */
export function standardAttributes(options: { descriptionMaxLength?: number } = {}) {
  return {
    id: attribute(Type.String({ description: 'The resource id (a UUID).' })),
    name: attribute(name, { create: true, update: true, default: '' }),
    description: attribute(options.descriptionMaxLength === undefined ? description : Type.String({ maxLength: options.descriptionMaxLength }), {
      create: true,
      update: true,
      default: '',
    }),
    project_id: attribute(Type.String(), { create: true, input: projectId, column: 'project_id' }),
    tenant_id: attribute(Type.String({ description: 'Same as project_id; kept for older clients.' }), { create: true, input: projectId, column: 'project_id' }),
  };
}

/**
 * `created_at` and `updated_at`, set by the kit on create and on every update.
 *
 * @public
 */
export function timestampAttributes() {
  return {
    created_at: attribute(Type.String({ description: 'ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z.' })),
    updated_at: attribute(Type.String({ description: 'ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z.' })),
  };
}

/**
 * `revision_number` (Neutron's standard-attr-revisions): 1 on create, raised by one on every
 * update the kit applies (`touchedColumns` gives a service's own update the same).
 *
 * @public
 */
export function revisionAttributes() {
  return {
    revision_number: attribute(Type.Integer({ minimum: 0, description: 'Raised by one on every update; a client may compare it to detect changes.' }), {
      default: 1,
    }),
  };
}
