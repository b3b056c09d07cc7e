import { type Stability, type StabilityMetadata, readStabilityMetadata } from '@switchyard/sdk';
import type { IncubatorConfig } from '../lib/incubator-config.js';
import type { ProjectSnapshot, WorkspaceSnapshot } from './workspace-snapshot.js';

/** Helpers the rules share to classify a project; none of them reports anything. */

/** Fields of package.json through which one package depends on another. */
export const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

/** Fields that npm installs for a package's users (devDependencies are not published). */
export const PUBLISHED_DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'] as const;

export type DependencyField = (typeof DEPENDENCY_FIELDS)[number];

/** The fields among `fields` of `project`'s package.json that list `packageName`. */
export function fieldsListing(project: ProjectSnapshot, packageName: string, fields: readonly DependencyField[] = DEPENDENCY_FIELDS): DependencyField[] {
  return fields.filter((field) => project.packageJson[field]?.[packageName] !== undefined);
}

export function packageJsonPath(project: ProjectSnapshot): string {
  return `${project.root}/package.json`;
}

/** Private packages (tools/*) are never published, so metadata and version rules skip them. */
export function isPublishable(project: ProjectSnapshot): boolean {
  return project.packageJson.private !== true;
}

/** "@switchyard/firewall" -> "firewall": the name generators take. */
export function shortName(project: ProjectSnapshot): string {
  return project.name.replace(/^@[^/]+\//, '');
}

/** The project's tags that name a stability, known or not ("stability:beta" counts too). */
export function stabilityTags(project: ProjectSnapshot, config: IncubatorConfig): string[] {
  const known = Object.values(config.stabilityTags);
  return project.tags.filter((tag) => known.includes(tag) || tag.startsWith('stability:'));
}

export function stabilityOfTag(tag: string, config: IncubatorConfig): Stability | undefined {
  if (tag === config.stabilityTags.stable) return 'stable';
  if (tag === config.stabilityTags.preview) return 'preview';
  return undefined;
}

export function stabilityOfFolder(project: ProjectSnapshot, config: IncubatorConfig): Stability | undefined {
  if (project.root.startsWith(`${config.folders.stable}/`)) return 'stable';
  if (project.root.startsWith(`${config.folders.preview}/`)) return 'preview';
  return undefined;
}

/**
 * The metadata, or undefined when it is missing or malformed. Rule stability-metadata reports
 * that case; the other rules simply have nothing to check.
 */
export function metadataOf(project: ProjectSnapshot): StabilityMetadata | undefined {
  try {
    return readStabilityMetadata(project.packageJson, packageJsonPath(project));
  } catch {
    return undefined;
  }
}

/**
 * What a project is, for rules about dependencies: its single stability tag (what lint
 * enforces), else its metadata, else its folder. Disagreements among these are reported by
 * the stability-metadata rule; a project that any source calls preview is treated as preview.
 */
export function stabilityOf(project: ProjectSnapshot, config: IncubatorConfig): Stability | undefined {
  const sources = [
    ...stabilityTags(project, config).map((tag) => stabilityOfTag(tag, config)),
    metadataOf(project)?.stability,
    stabilityOfFolder(project, config),
  ];
  if (sources.includes('preview')) return 'preview';
  return sources.includes('stable') ? 'stable' : undefined;
}

/** stabilityOf for every project at once, by name: rules over edges look projects up many times. */
export function stabilityByName(snapshot: WorkspaceSnapshot): Map<string, Stability | undefined> {
  return new Map(snapshot.projects.map((project) => [project.name, stabilityOf(project, snapshot.config)]));
}

export function promoteCommand(project: ProjectSnapshot): string {
  return `npx nx g @switchyard/incubator:promote ${shortName(project)}`;
}
