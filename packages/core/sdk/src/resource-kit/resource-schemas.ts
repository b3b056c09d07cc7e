import type { CollectionSpec } from '../list-query.js';
import { listQuerystring, resourceEnvelope, responseEnvelopes } from '../neutron-schemas.js';
import type { JsonSchema } from '../service-plugin.js';
import type { AttributeDeclaration, AttributeDeclarations } from './attributes.js';
import type { ResourceDeclaration } from './define-resource.js';

/**
 * The JSON schemas of a resource's requests and responses, derived from its attributes.
 *
 * @public
 */
export interface ResourceSchemas {
  /** `{"<resource>": {...}}` of a create request: the attributes marked `create`. */
  createBody: JsonSchema;
  /** `{"<resource>": {...}}` of an update request: the `update` attributes; read-only ones are accepted by the schema and refused by the kit with a 400 naming them. */
  updateBody: JsonSchema;
  /** One resource as responses show it. */
  item: JsonSchema;
  single: JsonSchema;
  list: JsonSchema;
  /** The list query: Neutron's paging, sorting and `fields` parameters, then one filter per filterable attribute. */
  listQuery: JsonSchema;
}

/** Read-only attributes pass the schema so that the kit can explain why they are refused. */
const READ_ONLY_INPUT: JsonSchema = { description: 'Read-only after creation; sending it gives 400.' };

export function deriveResourceSchemas(declaration: ResourceDeclaration, collectionSpec: CollectionSpec): ResourceSchemas {
  const { attributes } = declaration;
  const item: JsonSchema = { type: 'object', properties: mapAttributes(attributes, (attribute) => attribute.schema as JsonSchema) };
  const envelopes = responseEnvelopes(declaration.resource, declaration.collection, item);
  return {
    createBody: resourceEnvelope(declaration.resource, {
      type: 'object',
      additionalProperties: false,
      properties: mapAttributes(attributes, (attribute) => (attribute.create ? inputSchema(attribute) : undefined)),
      ...requiredOnCreate(attributes),
    }),
    updateBody: resourceEnvelope(declaration.resource, {
      type: 'object',
      additionalProperties: false,
      properties: mapAttributes(attributes, (attribute) => (attribute.update ? inputSchema(attribute) : READ_ONLY_INPUT)),
    }),
    item,
    single: envelopes.single,
    list: envelopes.list,
    listQuery: listQueryOf(collectionSpec, declaration.queryFilters ?? {}),
  };
}

/**
 * Filters are documented one by one, so clients see what they may filter on. Values stay text
 * (a single value becomes a one-item list): the list parser reads them as the attribute's type
 * and names the attribute when one does not fit.
 */
function listQueryOf(spec: CollectionSpec, serviceFilters: Readonly<Record<string, string>>): JsonSchema {
  const query = listQuerystring(spec.collection);
  const properties = { ...(query.properties as Record<string, JsonSchema>) };
  for (const [name, description] of Object.entries(serviceFilters)) properties[name] = { type: 'array', items: { type: 'string' }, description };
  for (const [name, attribute] of Object.entries(spec.attributes)) {
    if (attribute.filter === false || Object.hasOwn(properties, name)) continue;
    properties[name] = { type: 'array', items: { type: 'string' }, description: `Only ${spec.collection} whose ${name} is one of these (${attribute.type}).` };
  }
  return { ...query, properties };
}

function inputSchema(attribute: AttributeDeclaration): JsonSchema {
  return (attribute.input ?? attribute.schema) as JsonSchema;
}

function requiredOnCreate(attributes: AttributeDeclarations): { required?: string[] } {
  const required = Object.entries(attributes)
    .filter(([, attribute]) => attribute.create === 'required')
    .map(([name]) => name);
  return required.length > 0 ? { required } : {};
}

function mapAttributes(
  attributes: AttributeDeclarations,
  schemaOf: (attribute: AttributeDeclaration) => JsonSchema | undefined,
): Record<string, JsonSchema> {
  const properties: Record<string, JsonSchema> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    const schema = schemaOf(attribute);
    if (schema !== undefined) properties[name] = schema;
  }
  return properties;
}

/** The most resources one bulk create may hold: Neutron sets no limit, but a request body must end somewhere. */
export const MAX_BULK_CREATE = 1000;

/**
 * The body of a create: `{"<resource>": {...}}`, or Neutron's bulk create `{"<collection>": [{...}, ...]}`.
 * Exactly one of the two is sent; the kit says so when not (a schema with both optional documents
 * both without narrowing what a single create accepted).
 */
export function createOrBulkBody(declaration: ResourceDeclaration, createBody: JsonSchema): JsonSchema {
  const one = (createBody.properties as Record<string, JsonSchema>)[declaration.resource];
  const many: JsonSchema = {
    type: 'array',
    minItems: 1,
    maxItems: MAX_BULK_CREATE,
    items: one,
    description: `Bulk create: every ${declaration.resource} in the list is created, or none is.`,
  };
  // Other keys are refused by the kit, with a message naming both forms (a schema's would name neither).
  return { type: 'object', properties: { [declaration.resource]: one, [declaration.collection]: many } };
}

/** The answer to a create: the resource, or every resource of a bulk create in the order sent. */
export function createdResponse(declaration: ResourceDeclaration, item: JsonSchema): JsonSchema {
  return { type: 'object', properties: { [declaration.resource]: item, [declaration.collection]: { type: 'array', items: item } } };
}
