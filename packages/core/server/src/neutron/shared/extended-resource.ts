import { type AttributeDeclaration, type AttributeDeclarations, type PortAttributeDeclaration, type Resource, type TSchema, defineResource } from '@switchyard/sdk';

/**
 * A core resource as the API serves it: the core's attributes and the plugins', which requests
 * may send and responses show. Without plugin attributes it is the core's resource itself.
 */
export function extendedResource<TAttributes extends AttributeDeclarations>(
  resource: Resource<TAttributes>,
  attributes: ReadonlyMap<string, PortAttributeDeclaration>,
): Resource<TAttributes> {
  if (attributes.size === 0) return resource;
  const added = Object.fromEntries([...attributes].map(([name, declaration]) => [name, pluginAttribute(declaration)]));
  const declaration = {
    ...resource.declaration,
    attributes: { ...resource.declaration.attributes, ...added },
    queryFilters: { ...resource.declaration.queryFilters, ...pluginFilters(attributes) },
  };
  // The plugins' attributes have no column (their hooks store them), so the service keeps the core's types.
  return defineResource(declaration) as unknown as Resource<TAttributes>;
}

function pluginAttribute({ schema, description, createOnly }: PortAttributeDeclaration): AttributeDeclaration {
  return { schema: { ...schema, description } as unknown as TSchema, create: true, update: createOnly !== true, column: false, filter: false, sort: false };
}

/** The plugin attributes a list may filter on, each described as the plugin describes it. */
function pluginFilters(attributes: ReadonlyMap<string, PortAttributeDeclaration>): Record<string, string> {
  return Object.fromEntries([...attributes].filter(([, declaration]) => declaration.filter === true).map(([name, { description }]) => [name, description]));
}
