import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** A service plugin of this workspace, wherever its package lives today (preview or core). */
export interface InstalledPlugin {
  service: string;
  packageName: string;
  stability: 'stable' | 'preview';
  /** Its Nx project, for the build. */
  project: string;
  /** The resources its quotas count (its built plugin definition declares them), which a workload may lift. */
  quotaResources: string[];
}

interface Manifest {
  name: string;
  switchyard?: { stability?: 'stable' | 'preview' };
  peerDependencies?: Record<string, string>;
}

/**
 * The service plugins the workspace holds, read from packages/{core,preview}/* (a switchyard field
 * and an SDK peer, the rule `switchyard config sample` uses), so the test follows a preview
 * through promotion or retirement instead of naming where it lives.
 */
export async function installedPlugins(root: string): Promise<InstalledPlugin[]> {
  const plugins: InstalledPlugin[] = [];
  for (const group of ['core', 'preview']) {
    const folder = path.join(root, 'packages', group);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder)) {
      const file = path.join(folder, entry, 'package.json');
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      const stability = manifest.switchyard?.stability;
      if (stability === undefined || manifest.peerDependencies?.['@switchyard/sdk'] === undefined) continue;
      plugins.push({ service: serviceName(manifest.name), packageName: manifest.name, stability, project: manifest.name, quotaResources: await quotaResourcesOf(manifest.name) });
    }
  }
  return plugins;
}

/** Read from the plugin's definition (`resources[].quota`), so the names follow the plugin, not this script. */
async function quotaResourcesOf(packageName: string): Promise<string[]> {
  const { default: plugin } = (await import(packageName)) as { default: { resources?: Array<{ resource: string; quota?: unknown }> } };
  return (plugin.resources ?? []).filter((resource) => resource.quota !== undefined).map((resource) => resource.resource);
}

/** `@switchyard/firewall` is configured as "firewall"; another scope keeps its full name. */
function serviceName(packageName: string): string {
  return packageName.startsWith('@switchyard/') ? packageName.slice('@switchyard/'.length) : packageName;
}
