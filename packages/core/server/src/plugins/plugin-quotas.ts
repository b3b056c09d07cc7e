import { type SwitchyardConfig, configSourceName } from '../config/config.js';
import { DEFAULTS } from '../config/defaults.js';
import { ConfigError, PluginLoadError } from '../errors.js';
import { type CountedResource, type ServerQuotas, coreCountedResources, serverQuotas } from '../neutron/index.js';
import type { LoadedServicePlugin } from './loaded-plugin.js';

/**
 * What the server's quotas count: the core's resources, then each loaded plugin's that its kit
 * declaration gives a quota, with `[quotas]` applied. Runs before the database opens, so a
 * `[quotas]` key no loaded service counts refuses the start-up and leaves no trace.
 */
export function hostQuotas(config: SwitchyardConfig, plugins: readonly LoadedServicePlugin[]): ServerQuotas {
  const core = coreCountedResources(DEFAULTS.quotas);
  const counted = [...core, ...pluginCountedResources(plugins, core)];
  checkQuotaKeys(config, counted);
  return serverQuotas(config.quotas, counted);
}

/** The plugins' counted resources; a name the core or an earlier plugin counts already is refused. */
function pluginCountedResources(plugins: readonly LoadedServicePlugin[], core: readonly CountedResource[]): CountedResource[] {
  const counted = [...core];
  for (const { service, plugin } of plugins) {
    for (const { resource, quota } of plugin.resources) {
      if (quota === undefined) continue;
      const owner = counted.find((other) => other.resource === resource);
      if (owner !== undefined) {
        throw new PluginLoadError(
          `${service} declares a quota of "${resource}", which ${owner.service === undefined ? 'the core' : `the ${owner.service} plugin`} counts already; ` +
            'each [quotas] key belongs to one service, so give the resource another name or drop its quota',
        );
      }
      counted.push({ resource, table: quota.table, default: quota.default, service });
    }
  }
  return counted.slice(core.length);
}

/** `[quotas]` takes the keys of the counted resources; any other is a typo, or the key of a plugin not loaded. */
function checkQuotaKeys(config: SwitchyardConfig, counted: readonly CountedResource[]): void {
  const allowed = new Set(counted.map(({ resource }) => resource));
  const unknown = Object.keys(config.quotas ?? {}).find((key) => !allowed.has(key));
  if (unknown === undefined) return;
  const keys = counted.map(({ resource, service }) => (service === undefined ? resource : `${resource} (${service})`)).join(', ');
  throw new ConfigError(
    `${configSourceName(config)}: unknown key in [quotas] ${JSON.stringify(unknown)}; allowed keys: ${keys}. ` +
      "A service plugin's key is allowed when the plugin is in service_plugins",
  );
}
