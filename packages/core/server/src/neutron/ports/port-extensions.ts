import type { CorePort } from '@switchyard/sdk';
import { type AttributeExtensions, type DeclaredAttributes, createAttributeExtensions } from '../shared/attribute-extensions.js';
import { portResource } from './resource.js';

/** The plugins' port attributes (`portAttributes`), stored and shown with every port. */
export type PortExtensions = AttributeExtensions<CorePort>;

export function createPortExtensions(declared: readonly DeclaredAttributes[]): PortExtensions {
  return createAttributeExtensions({ resource: 'port', collection: 'ports', coreAttributes: new Set(Object.keys(portResource.declaration.attributes)) }, declared);
}
