import type { CoreNetwork } from '@switchyard/sdk';
import { type AttributeExtensions, type DeclaredAttributes, createAttributeExtensions } from '../shared/attribute-extensions.js';
import { networkResource } from './resource.js';

/** The plugins' network attributes (`networkAttributes`), stored and shown with every network. */
export type NetworkExtensions = AttributeExtensions<CoreNetwork>;

export function createNetworkExtensions(declared: readonly DeclaredAttributes[]): NetworkExtensions {
  return createAttributeExtensions(
    { resource: 'network', collection: 'networks', coreAttributes: new Set(Object.keys(networkResource.declaration.attributes)) },
    declared,
  );
}
