import semver from 'semver';
import type { PendingRelease } from '../../lib/read-pending-changesets.js';
import type { Finding, PolicyRule } from '../finding.js';
import { isPublishable, promoteCommand, stabilityOf } from '../project-stability.js';
import type { ProjectSnapshot, WorkspaceSnapshot } from '../workspace-snapshot.js';

export const RULE = 'major-on-preview';

/**
 * A `major` changeset on a 0.x preview would publish 1.0.0, a stable version, while the package
 * still is a preview. Only promotion may do that: it moves the package to core and marks it
 * stable first, so the 1.0.0 changeset it writes passes here.
 */
export const checkMajorOnPreview: PolicyRule = (snapshot) =>
  snapshot.pendingReleases.flatMap((release) => {
    const project = snapshot.projects.find((candidate) => candidate.name === release.packageName);
    if (release.type !== 'major' || project === undefined || !isZeroPreview(project, snapshot)) return [];
    return [refusal(release, project)];
  });

function isZeroPreview(project: ProjectSnapshot, snapshot: WorkspaceSnapshot): boolean {
  const version = semver.valid(project.packageJson.version ?? '');
  return isPublishable(project) && stabilityOf(project, snapshot.config) === 'preview' && version !== null && semver.major(version) === 0;
}

function refusal(release: PendingRelease, project: ProjectSnapshot): Finding {
  const version = String(project.packageJson.version);
  return {
    rule: RULE,
    severity: 'error',
    file: release.file,
    message: `${release.file} bumps ${project.name} major, which would release the preview ${version} as 1.0.0; only promotion makes a preview stable.`,
    fix: `to make it stable, delete this bump and run ${promoteCommand(project)} (it moves the package to core and writes the 1.0.0 changeset); otherwise change "${project.name}": major to minor (a breaking change in a preview) in ${release.file}`,
  };
}
