import type { ApiChange } from '../../compat/api-change.js';
import { API_FOLDER, RELEASED_FOLDER, RELEASED_MARKER } from '../../compat/api-layout.js';
import { API_SURFACES, type ApiSurface, apiSurfacesOf } from '../../compat/api-surfaces.js';
import type { Finding, PolicyRule } from '../finding.js';
import { stabilityOf } from '../project-stability.js';
import type { ProjectSnapshot, TextFile, WorkspaceSnapshot } from '../workspace-snapshot.js';

export const RULE = 'api-compatibility';

export { API_SURFACES, type ApiSurface, apiSurfacesOf };

/**
 * Stable means compatible: a stable package's API may not break what its last release offered
 * unless a pending changeset releases it as a new major. A preview's breaking changes are only
 * reported as information. Packages without a released baseline (api/released/) are skipped.
 */
export function checkApiCompatibility(snapshot: WorkspaceSnapshot, surfaces: readonly ApiSurface[] = API_SURFACES): Finding[] {
  return snapshot.projects.flatMap((project) => {
    const files = new Map(project.apiFiles.map((file) => [file.file, file]));
    return apiSurfacesOf(apiFileNames(project), surfaces).flatMap((surface) => checkSurface(snapshot, project, surface, files));
  });
}

/** Names of the files directly in api/ or api/released/: a baseline with no current file is compared too, and reported. */
function apiFileNames(project: ProjectSnapshot): string[] {
  const folders = [`${project.root}/${API_FOLDER}/`, `${project.root}/${RELEASED_FOLDER}/`];
  return project.apiFiles.flatMap(({ file }) => folders.filter((folder) => file.startsWith(folder)).map((folder) => file.slice(folder.length))).filter((name) => !name.includes('/'));
}

export const checkApiCompatibilityRule: PolicyRule = (snapshot) => checkApiCompatibility(snapshot);

function checkSurface(snapshot: WorkspaceSnapshot, project: ProjectSnapshot, surface: ApiSurface, files: Map<string, TextFile>): Finding[] {
  const released = files.get(`${project.root}/${RELEASED_FOLDER}/${surface.file}`);
  if (released === undefined) return [];
  const currentPath = `${project.root}/${API_FOLDER}/${surface.file}`;
  const current = files.get(currentPath);
  if (current === undefined) return [missingCurrent(project, surface, currentPath)];
  const breaking = surface.diff(released.text, current.text).filter((change) => change.breaking);
  if (breaking.length === 0) return [];
  const context = { project, surface, file: currentPath, since: releasedVersion(files, project) };
  if (stabilityOf(project, snapshot.config) === 'preview') return breaking.map((change) => previewNote(context, change));
  const major = snapshot.pendingReleases.find((release) => release.packageName === project.name && release.type === 'major');
  if (major !== undefined) return breaking.map((change) => coveredByMajor(context, change, major.file));
  return breaking.map((change) => breakingError(context, change));
}

interface Context {
  project: ProjectSnapshot;
  surface: ApiSurface;
  file: string;
  since: string;
}

function breakingError({ project, surface, file, since }: Context, change: ApiChange): Finding {
  return {
    rule: RULE,
    severity: 'error',
    file,
    message: `${project.name} is stable, and its ${surface.name} breaks compatibility with ${since}: ${change.element}: ${change.change}.`,
    fix: `revert it, or add a major changeset: \`npx changeset\` (choose major for ${project.name})`,
  };
}

function previewNote({ project, surface, file, since }: Context, change: ApiChange): Finding {
  return {
    rule: RULE,
    severity: 'info',
    file,
    message: `${project.name} is a preview; its ${surface.name} changed incompatibly since ${since}: ${change.element}: ${change.change}.`,
    fix: `nothing is required while ${project.name} is a preview; mention the change in its changeset so users know`,
  };
}

function coveredByMajor({ project, surface, file, since }: Context, change: ApiChange, changeset: string): Finding {
  return {
    rule: RULE,
    severity: 'info',
    file,
    message: `${project.name}'s ${surface.name} breaks compatibility with ${since} (${change.element}: ${change.change}); the major release in ${changeset} allows it.`,
    fix: `describe the break and how to migrate in ${changeset}`,
  };
}

function missingCurrent(project: ProjectSnapshot, surface: ApiSurface, currentPath: string): Finding {
  return {
    rule: RULE,
    severity: 'error',
    file: currentPath,
    message: `${project.name} has a released ${surface.name} baseline but no ${currentPath} to compare it with.`,
    fix: `regenerate it with \`${surface.update(project.name)}\` and commit it`,
  };
}

/** `@switchyard/server 1.0.0`, from api/released/released.json; the package name alone when it is absent or unreadable. */
function releasedVersion(files: Map<string, TextFile>, project: ProjectSnapshot): string {
  const marker = files.get(`${project.root}/${RELEASED_FOLDER}/${RELEASED_MARKER}`);
  try {
    const version = marker === undefined ? undefined : (JSON.parse(marker.text) as { version?: unknown }).version;
    return typeof version === 'string' ? `${project.name} ${version}` : `its last release`;
  } catch {
    return 'its last release';
  }
}
