import type { PendingRelease } from '../../lib/read-pending-changesets.js';
import type { Finding, PolicyRule } from '../finding.js';
import type { WorkspaceSnapshot } from '../workspace-snapshot.js';

export const RULE = 'changeset-packages';

/**
 * Every package a pending changeset names is in the workspace: `changeset version` stops on one it
 * cannot find, so a leftover (a retired preview's, a renamed package's) would only fail at release.
 */
export const checkChangesetPackages: PolicyRule = (snapshot) => {
  const known = new Set(snapshot.projects.map((project) => project.name));
  return snapshot.pendingReleases.filter((release) => !known.has(release.packageName)).map((release) => unknownPackage(release, snapshot, known));
};

function unknownPackage(release: PendingRelease, snapshot: WorkspaceSnapshot, known: ReadonlySet<string>): Finding {
  const retired = snapshot.retired.find((entry) => entry.package === release.packageName);
  const why = retired === undefined ? 'which is not a package in this workspace' : `which was retired in cycle ${retired.cycle} (retired.json)`;
  const othersNamed = snapshot.pendingReleases.some((other) => other.file === release.file && known.has(other.packageName));
  return {
    rule: RULE,
    severity: 'error',
    file: release.file,
    message: `${release.file} bumps ${release.packageName} (${release.type}), ${why}; \`changeset version\` would stop on it at release.`,
    fix: othersNamed
      ? `remove the line "${release.packageName}": ${release.type} from the front matter of ${release.file}`
      : `delete ${release.file} (it releases nothing that is still in the workspace)`,
  };
}
