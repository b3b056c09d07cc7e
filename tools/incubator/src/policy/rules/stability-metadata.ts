import { type Stability, StabilityMetadataError, readStabilityMetadata } from '@switchyard/sdk';
import semver from 'semver';
import type { IncubatorConfig } from '../../lib/incubator-config.js';
import type { Finding, PolicyRule } from '../finding.js';
import { isPublishable, packageJsonPath, stabilityOfFolder, stabilityOfTag, stabilityTags } from '../project-stability.js';
import type { ProjectSnapshot, WorkspaceSnapshot } from '../workspace-snapshot.js';

export const RULE = 'stability-metadata';

/**
 * A project's stability is said in three places (Nx tag, folder, `switchyard` metadata) and its
 * version range; they must agree, or lint, release and the labels would each believe another story.
 * Private tools are not published, so only the tag and folder apply to them.
 */
export const checkStabilityMetadata: PolicyRule = (snapshot) =>
  snapshot.projects.flatMap((project) => {
    const tagged = checkSingleTag(project, snapshot.config);
    const placed = tagged.stability ? checkFolder(project, tagged.stability, snapshot.config) : [];
    const published = isPublishable(project) ? checkPublishedPackage(project, tagged.stability, snapshot) : [];
    return [...tagged.findings, ...placed, ...published];
  });

function error(project: ProjectSnapshot, message: string, fix: string): Finding {
  return { rule: RULE, severity: 'error', file: packageJsonPath(project), message, fix };
}

function checkSingleTag(project: ProjectSnapshot, config: IncubatorConfig): { stability?: Stability; findings: Finding[] } {
  const tags = stabilityTags(project, config);
  const stability = tags.length === 1 ? stabilityOfTag(tags[0], config) : undefined;
  if (stability) return { stability, findings: [] };
  const found = tags.length === 0 ? 'none' : tags.map((tag) => JSON.stringify(tag)).join(', ');
  const expected = `"${config.stabilityTags.stable}" or "${config.stabilityTags.preview}"`;
  const fix = `set "nx": {"tags": [...]} in ${packageJsonPath(project)} to hold exactly one of ${expected}`;
  return { findings: [error(project, `${project.name} must carry exactly one stability tag (${expected}); found ${found}.`, fix)] };
}

function checkFolder(project: ProjectSnapshot, stability: Stability, config: IncubatorConfig): Finding[] {
  const folderStability = stabilityOfFolder(project, config);
  if (folderStability === undefined || folderStability === stability) return [];
  return [
    error(
      project,
      `${project.name} is tagged "${config.stabilityTags[stability]}" but lives in ${config.folders[folderStability]}/, the folder of ${folderStability} packages.`,
      `tag it "${config.stabilityTags[folderStability]}", or move it to ${config.folders[stability]}/ with the incubator generators`,
    ),
  ];
}

function checkPublishedPackage(project: ProjectSnapshot, tagStability: Stability | undefined, snapshot: WorkspaceSnapshot): Finding[] {
  const { config } = snapshot;
  const folderStability = stabilityOfFolder(project, config);
  if (folderStability === undefined) {
    return [error(project, `${project.name} is publishable but lives in ${project.root}, outside ${config.folders.stable}/ and ${config.folders.preview}/.`, `move it to ${config.folders.stable}/<name> or ${config.folders.preview}/<name>, or mark it "private": true if it is never published`)];
  }
  let stability: Stability;
  try {
    stability = readStabilityMetadata(project.packageJson, packageJsonPath(project)).stability;
  } catch (caught) {
    if (!(caught instanceof StabilityMetadataError)) throw caught;
    return [error(project, caught.message, `write "switchyard": {"stability": "${folderStability}", "enteredCycle": ${config.currentReleaseCycle}, "blueprint": "<approved blueprint, e.g. BP-0001>"} in ${packageJsonPath(project)}`)];
  }
  const expected = tagStability ?? folderStability;
  const mismatch =
    stability === expected
      ? []
      : [error(project, `${project.name} declares "switchyard.stability": "${stability}" but is tagged and placed as ${expected}.`, `set "switchyard.stability" to "${expected}" in ${packageJsonPath(project)}`)];
  return [...mismatch, ...checkVersion(project, stability, snapshot)];
}

function checkVersion(project: ProjectSnapshot, stability: Stability, snapshot: WorkspaceSnapshot): Finding[] {
  const version = project.packageJson.version;
  if (typeof version !== 'string' || semver.valid(version) === null) {
    return [error(project, `${project.name} has version ${JSON.stringify(version)}; expected a semver version such as "${stability === 'preview' ? '0.1.0' : '1.0.0'}".`, `set "version" in ${packageJsonPath(project)}`)];
  }
  if (stability === 'preview' && !semver.lt(version, '1.0.0')) {
    return [error(project, `${project.name} is a preview at version ${version}; previews stay below 1.0.0.`, `set "version" to a 0.x version in ${packageJsonPath(project)}, or promote it to stable first`)];
  }
  if (stability === 'stable' && semver.lt(version, '1.0.0') && !isReleasedAsStable(project, version, snapshot)) {
    return [error(project, `${project.name} is stable at version ${version}; stable packages are 1.0.0 or later.`, `add a changeset that bumps ${project.name} major (the promote generator writes one), or set "version" to "1.0.0" or later in ${packageJsonPath(project)}`)];
  }
  return [];
}

/**
 * A promoted package keeps its 0.x version until release: the major changeset the promote
 * generator writes is what takes it to 1.0.0, so until then that changeset stands for the version.
 */
function isReleasedAsStable(project: ProjectSnapshot, version: string, snapshot: WorkspaceSnapshot): boolean {
  const bumpedMajor = snapshot.pendingReleases.some((release) => release.packageName === project.name && release.type === 'major');
  const released = semver.inc(version, 'major');
  return bumpedMajor && released !== null && semver.gte(released, '1.0.0');
}
