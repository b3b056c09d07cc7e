import type { NxJsonConfiguration } from '@nx/devkit';
import type { PackageJson } from './workspace-snapshot.js';

/** Root dependencies that make Nx's js plugin read imports in source files (nx/src/plugins/js/utils/config.ts). */
const SOURCE_ANALYSIS_TRIGGERS = ['@nx/workspace', '@nx/js', '@nx/node', '@nx/next', '@nx/react', '@nx/angular', '@nx/web'];

/**
 * Why Nx would not read imports in source files, or undefined when it does. Without that
 * analysis the graph has no import edges and the policy would pass a workspace it cannot see.
 */
export function importAnalysisProblem(rootPackageJson: PackageJson, nxJson: NxJsonConfiguration): string | undefined {
  const jsPluginConfig = nxJson.pluginsConfig?.['@nx/js'] as { analyzeSourceFiles?: boolean } | undefined;
  if (jsPluginConfig !== undefined) {
    return jsPluginConfig.analyzeSourceFiles === false
      ? 'nx.json sets pluginsConfig["@nx/js"].analyzeSourceFiles to false, so the Nx project graph has no import edges; remove that setting'
      : undefined;
  }
  const rootDependencies = { ...rootPackageJson.dependencies, ...rootPackageJson.devDependencies };
  if (SOURCE_ANALYSIS_TRIGGERS.some((name) => name in rootDependencies)) return undefined;
  return 'the root package.json lists none of @nx/js, @nx/workspace (or another Nx JS plugin), so Nx does not read imports and the project graph has no import edges; add @nx/js to its devDependencies';
}
