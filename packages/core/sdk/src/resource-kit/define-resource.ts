import type { AttributeType, CollectionAttribute, CollectionSpec } from '../list-query.js';
import type { ApiResource, JsonSchema } from '../service-plugin.js';
import type { AttributeDeclaration, AttributeDeclarations, ReferenceDeclaration } from './attributes.js';
import { type ResourceSchemas, deriveResourceSchemas } from './resource-schemas.js';

/**
 * A Neutron-style resource, declared once: names, path, table and attributes. Everything the kit
 * builds (routes, schemas, scoping, reference checks, list semantics) derives from it.
 *
 * @public
 */
export interface ResourceDeclaration<TAttributes extends AttributeDeclarations = AttributeDeclarations> {
  /** Singular name, as in `{"network": {...}}`. */
  resource: string;
  /** Plural name, as in `{"networks": [...]}`. */
  collection: string;
  /** The collection's path, such as `/v2.0/networks` or `/v2.0/fwaas/firewall_rules`. */
  path: string;
  /** The table holding one row per resource (with `id` and `project_id` columns). */
  table: string;
  attributes: TAttributes;
  /** What a person calls one, in summaries and messages ("firewall rule"); default from `resource`. */
  title?: string;
  /** OpenAPI tags of its operations; default `[collection]`. */
  tags?: readonly string[];
  /**
   * List filters the service applies itself (`fixed_ips=ip_address=10.0.0.5` on ports), by name,
   * each with its description; `registerResource`'s `queryFilters` give their SQL.
   */
  queryFilters?: Readonly<Record<string, string>>;
  /**
   * Counts the resource in the host's quotas, with this default limit per project (Neutron's, such
   * as 10 for `security_group`; -1 for no limit): `[quotas] <resource>` and `/v2.0/quotas` take it,
   * and a create past the limit is 409 OverQuota. Left out, the resource is not limited.
   */
  quota?: number;
}

/**
 * One reference attribute as the kit checks it.
 *
 * @public
 */
export interface ResourceReference extends ReferenceDeclaration {
  attribute: string;
}

/**
 * A declared resource with what derives from it.
 *
 * @public
 */
export interface Resource<TAttributes extends AttributeDeclarations = AttributeDeclarations> {
  readonly declaration: ResourceDeclaration<TAttributes>;
  /** Filters and sort keys for `listCollection`. */
  readonly collectionSpec: CollectionSpec;
  readonly schemas: ResourceSchemas;
  readonly references: readonly ResourceReference[];
  /** Attributes an update may not send (400 naming the attribute). */
  readonly readOnly: readonly string[];
  /** The entry for a plugin's `resources` (API discovery). */
  readonly apiResource: ApiResource;
  readonly title: string;
  readonly tags: readonly string[];
}

/**
 * Declares a resource.
 *
 * @public
 */
export function defineResource<const TAttributes extends AttributeDeclarations>(declaration: ResourceDeclaration<TAttributes>): Resource<TAttributes> {
  checkDeclaration(declaration);
  const title = declaration.title ?? declaration.resource.split('_').join(' ');
  const collectionSpec = collectionSpecOf(declaration);
  return {
    declaration,
    collectionSpec,
    schemas: deriveResourceSchemas(declaration, collectionSpec),
    references: referencesOf(declaration.attributes),
    readOnly: Object.entries(declaration.attributes)
      .filter(([, attribute]) => !attribute.update)
      .map(([name]) => name),
    apiResource: apiResourceOf(declaration),
    title,
    tags: declaration.tags ?? [declaration.collection],
  };
}

function checkDeclaration(declaration: ResourceDeclaration): void {
  for (const required of ['id', 'project_id'] as const) {
    if (!Object.hasOwn(declaration.attributes, required)) {
      throw new TypeError(`Resource ${declaration.resource} must declare the "${required}" attribute; spread standardAttributes() into its attributes.`);
    }
  }
  if (!declaration.path.startsWith('/')) throw new TypeError(`Resource ${declaration.resource}: path ${JSON.stringify(declaration.path)} must start with "/".`);
  const { quota } = declaration;
  if (quota !== undefined && !(Number.isInteger(quota) && quota >= -1 && quota <= MAX_QUOTA)) {
    throw new TypeError(`Resource ${declaration.resource}: quota ${JSON.stringify(quota)} must be an integer from -1 (no limit) to ${MAX_QUOTA}.`);
  }
}

/** The largest limit `/v2.0/quotas` accepts (Neutron's: a 32-bit integer). */
const MAX_QUOTA = 2147483647;

function apiResourceOf(declaration: ResourceDeclaration): ApiResource {
  const { resource, collection, path, table, quota } = declaration;
  return { resource, collection, path, ...(quota === undefined ? {} : { quota: { default: quota, table } }) };
}

/** The column an attribute is stored in, or undefined when the service computes it. */
export function columnOf(name: string, attribute: AttributeDeclaration): string | undefined {
  if (attribute.column === false) return undefined;
  return attribute.column ?? name;
}

/** The scalar type a query string value is parsed as, or undefined for lists and objects. */
export function scalarTypeOf(schema: JsonSchema): AttributeType | undefined {
  const declared = schema.type;
  const types = Array.isArray(declared) ? declared.filter((type) => type !== 'null') : [declared];
  const [type] = types;
  if (types.length !== 1) return undefined;
  if (type === 'string' || type === 'boolean' || type === 'integer') return type;
  return undefined;
}

function collectionSpecOf(declaration: ResourceDeclaration): CollectionSpec {
  const attributes: Record<string, CollectionAttribute> = Object.create(null) as Record<string, CollectionAttribute>;
  const unqueryable: string[] = [];
  for (const [name, attribute] of Object.entries(declaration.attributes)) {
    const column = columnOf(name, attribute);
    const type = scalarTypeOf(attribute.schema as JsonSchema);
    if (column === undefined || type === undefined) {
      unqueryable.push(name);
      continue;
    }
    attributes[name] = { column, type, filter: attribute.filter ?? true, sort: attribute.sort ?? true };
  }
  const serviceFilters = Object.keys(declaration.queryFilters ?? {});
  return { resource: declaration.resource, collection: declaration.collection, attributes, unqueryable, ...(serviceFilters.length > 0 ? { serviceFilters } : {}) };
}

function referencesOf(attributes: AttributeDeclarations): ResourceReference[] {
  return Object.entries(attributes)
    .filter(([, attribute]) => attribute.reference !== undefined)
    .map(([name, attribute]) => ({ attribute: name, ...(attribute.reference as ReferenceDeclaration) }));
}
