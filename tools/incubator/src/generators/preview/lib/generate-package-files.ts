// Named imports: Nx loads local generators as CommonJS, where a default import of a built-in is undefined.
import { join, posix } from 'node:path';
import { type Tree, generateFiles, offsetFromRoot } from '@nx/devkit';
import { GeneratorRefusal } from '../../../lib/generator-refusal.js';
import { findWorkspacePackage } from '../../../lib/workspace-packages.js';
import type { NormalizedPreviewOptions } from './normalize-options.js';

/**
 * The workspace packages every service plugin builds and tests against (the CLI runs its commands
 * in tests; its ./client is built on the client, its ./dashboard panel typed by the dashboard).
 */
const CORE_PACKAGES = {
  sdk: '@switchyard/sdk',
  server: '@switchyard/server',
  db: '@switchyard/db',
  cli: '@switchyard/cli',
  client: '@switchyard/client',
  dashboard: '@switchyard/dashboard',
} as const;

interface CoreReference {
  range: string;
  /** Path of its folder from the new package, for tsconfig references. */
  reference: string;
}

/** Finds sdk, server, db, cli, client and dashboard; refuses (before anything is written) outside a Switchyard workspace. */
export function readCorePackages(tree: Tree, options: NormalizedPreviewOptions): Record<keyof typeof CORE_PACKAGES, CoreReference> {
  const entries = Object.entries(CORE_PACKAGES).map(([key, packageName]) => {
    const found = findWorkspacePackage(tree, packageName);
    if (!found) {
      throw new GeneratorRefusal(`Cannot create preview "${options.name}": ${packageName} is not in this workspace; a service plugin builds on it. Run the generator in the Switchyard repository.`);
    }
    const major = Number.parseInt(found.version, 10);
    return [key, { range: `^${major}.0.0`, reference: posix.relative(options.projectRoot, found.root) }];
  });
  return Object.fromEntries(entries) as Record<keyof typeof CORE_PACKAGES, CoreReference>;
}

export function generatePackageFiles(tree: Tree, options: NormalizedPreviewOptions): void {
  const core = readCorePackages(tree, options);
  generateFiles(tree, join(__dirname, '..', 'files'), options.projectRoot, {
    ...options,
    offset: offsetFromRoot(options.projectRoot),
    descriptionJson: JSON.stringify(options.description).slice(1, -1),
    descriptionLiteral: `'${options.description.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
    updated: `${new Date().toISOString().slice(0, 10)}T00:00:00Z`,
    sdkRange: core.sdk.range,
    serverRange: core.server.range,
    dbRange: core.db.range,
    cliRange: core.cli.range,
    clientRange: core.client.range,
    dashboardRange: core.dashboard.range,
    sdkReference: core.sdk.reference,
    serverReference: core.server.reference,
    dbReference: core.db.reference,
    cliReference: core.cli.reference,
    clientReference: core.client.reference,
    dashboardReference: core.dashboard.reference,
  });
}
