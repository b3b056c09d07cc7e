import type { NetworkAttributeExtension } from './network-attributes.js';
import type { PortAttributeExtension } from './port-attributes.js';

type ResourceAttributeExtension = PortAttributeExtension | NetworkAttributeExtension;

const EXTENSION_KEYS: ReadonlySet<string> = new Set<keyof ResourceAttributeExtension>(['attributes', 'created', 'updated', 'present', 'filter']);
const DECLARATION_KEYS: ReadonlySet<string> = new Set(['schema', 'description', 'createOnly', 'filter']);
const ATTRIBUTE_NAME = /^[a-z][a-z0-9_]{0,254}$/;

/** Which core resource the attributes extend: the definition's key, and what `present` receives. */
export interface ExtendedResource {
  key: 'portAttributes' | 'networkAttributes';
  /** The first parameter of `present`: `ports`, `networks`. */
  collection: string;
}

/** A misspelt key or a missing hook would drop the values a client sends; refuse it when the plugin is defined. */
export function checkResourceAttributes(service: string, extended: ExtendedResource, extension: object | undefined): void {
  if (extension === undefined) return;
  const where = `Service plugin ${service}: ${extended.key}`;
  refuseUnknownKeys(`${where}.`, extension, EXTENSION_KEYS);
  const { attributes, created, updated, present, filter } = extension as Partial<Record<keyof ResourceAttributeExtension, unknown>>;
  if (typeof attributes !== 'object' || attributes === null || Object.keys(attributes).length === 0) {
    throw new TypeError(`${where}.attributes must name at least one attribute: { my_attribute: { schema, description } }.`);
  }
  for (const [name, declaration] of Object.entries(attributes)) checkDeclaration(`${where}.attributes.${name}`, name, declaration);
  refuseNonFunction(`${where}.created`, created, 'event, context');
  refuseNonFunction(`${where}.present`, present, `${extended.collection}, context`);
  if (updated !== undefined) refuseNonFunction(`${where}.updated`, updated, 'event, context');
  const updatable = Object.entries(attributes as Record<string, { createOnly?: boolean }>).filter(([, declaration]) => declaration.createOnly !== true);
  if (updated === undefined && updatable.length > 0) {
    throw new TypeError(
      `${where}.updated is missing, but an update may send ${updatable.map(([name]) => name).join(', ')}; add the hook or mark them createOnly.`,
    );
  }
  checkFilterHook(where, attributes as Record<string, { filter?: boolean }>, filter);
}

/** A list filter with no hook would match nothing; a hook with no filter attribute would never run. */
function checkFilterHook(where: string, attributes: Record<string, { filter?: boolean }>, filter: unknown): void {
  const filtered = Object.entries(attributes).filter(([, declaration]) => declaration.filter === true);
  if (filtered.length > 0) refuseNonFunction(`${where}.filter`, filter, 'event, context');
  else if (filter !== undefined) throw new TypeError(`${where}.filter is given, but no attribute declares filter: true; declare one, or drop the hook.`);
}

function checkDeclaration(where: string, name: string, declaration: unknown): void {
  if (!ATTRIBUTE_NAME.test(name)) {
    throw new TypeError(`${where}: the name must be lower-case letters, digits and underscores, starting with a letter (as Neutron's).`);
  }
  if (typeof declaration !== 'object' || declaration === null) throw new TypeError(`${where} must be { schema, description, createOnly?, filter? }.`);
  refuseUnknownKeys(`${where}.`, declaration, DECLARATION_KEYS);
  const { schema, description, createOnly } = declaration as Record<string, unknown>;
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new TypeError(`${where}.schema must be a JSON schema object, such as { type: 'string' }.`);
  }
  if (typeof description !== 'string' || description.trim() === '') throw new TypeError(`${where}.description must be a non-empty string.`);
  if (createOnly !== undefined && typeof createOnly !== 'boolean') throw new TypeError(`${where}.createOnly must be true or false, not ${typeof createOnly}.`);
  const { filter } = declaration as Record<string, unknown>;
  if (filter !== undefined && typeof filter !== 'boolean') throw new TypeError(`${where}.filter must be true or false, not ${typeof filter}.`);
}

function refuseUnknownKeys(prefix: string, value: object, known: ReadonlySet<string>): void {
  const unknown = Object.keys(value).find((key) => !known.has(key));
  if (unknown !== undefined) throw new TypeError(`${prefix}${unknown} is not known; use ${[...known].join(', ')}.`);
}

function refuseNonFunction(where: string, value: unknown, parameters: string): void {
  if (value === undefined) throw new TypeError(`${where} is missing; give a function (${parameters}).`);
  if (typeof value !== 'function') throw new TypeError(`${where} must be a function (${parameters}), not ${typeof value}.`);
}
