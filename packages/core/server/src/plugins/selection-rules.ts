import { PluginLoadError } from '../errors.js';
import type { SwitchyardConfig } from '../config/config.js';
import type { LoadedServicePlugin } from './loaded-plugin.js';
import { isPackageName } from './package-name.js';

/**
 * The rules `service_plugins` must pass before the database is touched. Refusals throw a
 * `PluginLoadError` naming the file, the key and the fix; warnings are returned as sentences.
 */
export function refuseDuplicateEntries(entries: readonly string[], source: string): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry)) {
      throw new PluginLoadError(`service_plugins in ${source} lists ${JSON.stringify(entry)} twice; list each service once`);
    }
    seen.add(entry);
  }
}

/** A service-name entry must load the plugin of that name; a package entry names its own service. */
export function checkServiceName(entry: string, loaded: LoadedServicePlugin, source: string): void {
  if (isPackageName(entry) || loaded.plugin.name === entry) return;
  throw new PluginLoadError(
    `service_plugins in ${source} lists ${JSON.stringify(entry)}, but ${loaded.packageName} declares the service ` +
      `${JSON.stringify(loaded.plugin.name)}; list it as ${JSON.stringify(loaded.plugin.name)} or ${JSON.stringify(loaded.packageName)}`,
  );
}

/** `firewall` and `@switchyard/firewall` are two spellings of one service. */
export function refuseDuplicateServices(loaded: readonly LoadedServicePlugin[], source: string): void {
  const seen = new Set<string>();
  for (const plugin of loaded) {
    if (seen.has(plugin.service)) {
      throw new PluginLoadError(
        `service_plugins in ${source} loads the service ${JSON.stringify(plugin.service)} twice (${plugin.packageName}); list each service once`,
      );
    }
    seen.add(plugin.service);
  }
}

/** Preview code runs only when the operator opted in by name, in the file they own. */
export function checkPreviewOptIn(loaded: LoadedServicePlugin, config: SwitchyardConfig, source: string): void {
  if (loaded.metadata.stability !== 'preview' || config.preview.enabled.includes(loaded.service)) return;
  const service = JSON.stringify(loaded.service);
  throw new PluginLoadError(
    `${loaded.service} is a preview service (${loaded.packageName} ${loaded.version}) and ${source} does not opt in to it; ` +
      `its API and data may change or be dropped in a later release. To run it anyway, add ${service} to [preview] enabled ` +
      `in ${source} (for example: [preview] enabled = [${service}]), or remove ${service} from service_plugins`,
  );
}

export function selectionWarnings(config: SwitchyardConfig, loaded: readonly LoadedServicePlugin[], source: string): string[] {
  return [...previewOptInWarnings(config, loaded, source), ...unusedSectionWarnings(config, loaded, source)];
}

function previewOptInWarnings(config: SwitchyardConfig, loaded: readonly LoadedServicePlugin[], source: string): string[] {
  return config.preview.enabled.flatMap((service) => {
    const plugin = loaded.find((candidate) => candidate.service === service);
    if (plugin === undefined) {
      return [
        `[preview] enabled in ${source} lists ${JSON.stringify(service)}, which is not in service_plugins; ` +
          `the opt-in has no effect until you add it there (or remove it from [preview] enabled)`,
      ];
    }
    if (plugin.metadata.stability !== 'preview') {
      return [
        `[preview] enabled in ${source} lists ${JSON.stringify(service)}, which is a stable service now ` +
          `(${plugin.packageName} ${plugin.version}); it no longer needs the opt-in, you can remove it`,
      ];
    }
    return [];
  });
}

function unusedSectionWarnings(config: SwitchyardConfig, loaded: readonly LoadedServicePlugin[], source: string): string[] {
  return Object.keys(config.plugins)
    .filter((service) => !loaded.some((plugin) => plugin.service === service))
    .map(
      (service) =>
        `[plugins.${service}] in ${source} configures a service that is not in service_plugins; it is ignored until you add ${JSON.stringify(service)} there`,
    );
}
