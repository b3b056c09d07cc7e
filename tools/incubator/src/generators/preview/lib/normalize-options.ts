// Named imports: Nx loads local generators as CommonJS, where a default import of a built-in is undefined.
import { posix } from 'node:path';
import { type Tree, names, offsetFromRoot, readNxJson } from '@nx/devkit';
import { readIncubatorConfig } from '../../../lib/incubator-config.js';
import { readReleaseCycleFromTree } from '../../../lib/release-cycle.js';
import type { PreviewGeneratorSchema } from '../schema.js';

/** Everything the later steps need, computed once from the raw options and the workspace. */
export interface NormalizedPreviewOptions {
  name: string;
  packageName: string;
  /** packages/preview/<name> */
  projectRoot: string;
  blueprint: string;
  description: string;
  cycle: number;
  previewTag: string;
  stableFolder: string;
  previewFolder: string;
  /** `dns-zones` → `DnsZones` (types) and `dnsZones` (values). */
  className: string;
  propertyName: string;
  /** Neutron-style names of the one resource the scaffold serves. */
  resource: string;
  collection: string;
  table: string;
  basePath: string;
}

export function normalizePreviewOptions(tree: Tree, options: PreviewGeneratorSchema): NormalizedPreviewOptions {
  const config = readIncubatorConfig(readNxJson(tree), readReleaseCycleFromTree(tree));
  const name = (options.name ?? '').trim();
  const snake = name.replace(/-/g, '_');
  const { className, propertyName } = names(name);
  return {
    name,
    packageName: `@switchyard/${name}`,
    projectRoot: posix.join(config.folders.preview, name),
    blueprint: (options.blueprint ?? '').trim(),
    description: oneLine(options.description) ?? `${className} as a service for Switchyard.`,
    cycle: config.currentReleaseCycle,
    previewTag: config.stabilityTags.preview,
    stableFolder: config.folders.stable,
    previewFolder: config.folders.preview,
    className,
    propertyName,
    resource: `${snake}_item`,
    collection: `${snake}_items`,
    table: `${snake}_items`,
    basePath: `/v2.0/${name}/items`,
  };
}

/** Descriptions land in package.json, TypeScript and Markdown; one line keeps all three simple. */
function oneLine(text: string | undefined): string | undefined {
  const cleaned = text?.replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : undefined;
}

export function offsetOf(options: NormalizedPreviewOptions): string {
  return offsetFromRoot(options.projectRoot);
}
