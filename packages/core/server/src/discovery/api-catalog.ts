import type { ApiExtension, ApiResource, Stability } from '@switchyard/sdk';
import type { LoadedServicePlugin } from '../plugins/loaded-plugin.js';

/** @public */
export interface CatalogResource extends ApiResource {
  stability: Stability;
}

/** @public */
export interface CatalogExtension extends ApiExtension {
  stability: Stability;
}

/**
 * Everything the API offers, each entry labelled with the stability of the package it comes from.
 *
 * @public
 */
export interface ApiCatalog {
  resources: CatalogResource[];
  extensions: CatalogExtension[];
}

export interface CoreApi {
  stability: Stability;
  resources: readonly ApiResource[];
  extensions: readonly ApiExtension[];
}

export function buildApiCatalog(core: CoreApi, plugins: readonly LoadedServicePlugin[]): ApiCatalog {
  const label = <T extends object>(entry: T, stability: Stability) => ({ ...entry, stability });
  return {
    resources: [
      ...core.resources.map((resource) => label(resource, core.stability)),
      ...plugins.flatMap((loaded) => loaded.plugin.resources.map((resource) => label(resource, loaded.metadata.stability))),
    ],
    extensions: [
      ...core.extensions.map((extension) => label(extension, core.stability)),
      ...plugins.flatMap((loaded) => [loaded.plugin.extension, ...(loaded.plugin.additionalExtensions ?? [])].map((extension) => label(extension, loaded.metadata.stability))),
    ],
  };
}
