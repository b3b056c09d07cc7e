import type { ReleasePackage } from './release-plan.js';

/** Hosts of the public npm registry (and its yarn mirror, which publishes to it). */
const PUBLIC_HOSTS = new Set(['registry.npmjs.org', 'registry.npmjs.com', 'registry.yarnpkg.com']);

export const PUBLIC_FLAG = '--public';

/** One spelling per registry, so `.npmrc`'s and publishConfig's URLs compare. */
export function normalizeRegistry(url: string): string {
  return url.trim().replace(/\/+$/, '') + '/';
}

export function isPublicRegistry(url: string): boolean {
  try {
    return PUBLIC_HOSTS.has(new URL(url).hostname);
  } catch {
    // Not a URL npm could publish to either; the publish step reports that itself.
    return false;
  }
}

/** Where npm publishes a package: its publishConfig.registry, else the registry npm config gives. */
export function publishTarget(pkg: ReleasePackage, npmRegistry: string): string {
  return normalizeRegistry(pkg.publishRegistry ?? npmRegistry);
}

/** Every registry the release writes to, with what it writes there, for the plan. */
export function describeTargets(targets: ReadonlyMap<string, string[]>): string {
  const lines = [...targets].map(([registry, what]) => `  ${registry}${isPublicRegistry(registry) ? ' (the public npm registry)' : ''}: ${what.join(', ')}`);
  return `Target registry (npm config get registry, .npmrc, publishConfig):\n${lines.join('\n')}\n`;
}

export function formatPublicRefusal(registries: readonly string[]): string {
  return (
    `Release refused: it would write to the public npm registry (${registries.join(', ')}). ` +
    `Add ${PUBLIC_FLAG} to do that on purpose (npm run release -- ${PUBLIC_FLAG}, or -- --dry-run ${PUBLIC_FLAG} to see the plan), ` +
    'or point npm at another registry first (npm config set registry <url>, or registry=<url> in .npmrc).\n'
  );
}
