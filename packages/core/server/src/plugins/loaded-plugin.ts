import type { ServicePlugin, StabilityMetadata } from '@switchyard/sdk';

/**
 * A service plugin resolved from its package, with the metadata that labels it.
 *
 * @public
 */
export interface LoadedServicePlugin {
  /** The name used in `service_plugins` and `[preview] enabled` (the plugin's `name`). */
  service: string;
  packageName: string;
  version: string;
  /** Read from the package's `switchyard` field: the one declaration of its stability. */
  metadata: StabilityMetadata;
  plugin: ServicePlugin;
}

/**
 * Finds the plugin for one `service_plugins` entry; the default loads installed packages.
 *
 * @public
 */
export type PluginLoader = (entry: string) => Promise<LoadedServicePlugin>;

/**
 * A plugin accepted for start-up, with its `[plugins.<service>]` section validated and defaulted.
 *
 * @public
 */
export interface HostedPlugin extends LoadedServicePlugin {
  config: Record<string, unknown>;
}

/**
 * The outcome of checking `service_plugins`: what to host, and what the operator should hear.
 *
 * @public
 */
export interface PluginSelection {
  plugins: HostedPlugin[];
  warnings: string[];
}
