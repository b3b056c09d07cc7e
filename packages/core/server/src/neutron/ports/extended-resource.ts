import { type AttributeDeclaration, type PortAttributeDeclaration, type Resource, type TSchema, defineResource } from '@switchyard/sdk';
import { type PortAttributes, portResource } from './resource.js';

/**
 * The port as the API serves it: the core's attributes and the plugins', which requests may send
 * and responses show. Without plugin attributes it is the core's resource itself.
 */
export function extendedPortResource(attributes: ReadonlyMap<string, PortAttributeDeclaration>): Resource<PortAttributes> {
  if (attributes.size === 0) return portResource;
  const added = Object.fromEntries([...attributes].map(([name, declaration]) => [name, pluginAttribute(declaration)]));
  const declaration = {
    ...portResource.declaration,
    attributes: { ...portResource.declaration.attributes, ...added },
    queryFilters: { ...portResource.declaration.queryFilters, ...pluginFilters(attributes) },
  };
  // The plugins' attributes have no column (their hooks store them), so the port service keeps the core's types.
  return defineResource(declaration) as unknown as Resource<PortAttributes>;
}

function pluginAttribute({ schema, description, createOnly }: PortAttributeDeclaration): AttributeDeclaration {
  return { schema: { ...schema, description } as unknown as TSchema, create: true, update: createOnly !== true, column: false, filter: false, sort: false };
}

/** The plugin attributes a list may filter on, each described as the plugin describes it. */
function pluginFilters(attributes: ReadonlyMap<string, PortAttributeDeclaration>): Record<string, string> {
  return Object.fromEntries([...attributes].filter(([, declaration]) => declaration.filter === true).map(([name, { description }]) => [name, description]));
}
