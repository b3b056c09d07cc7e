import getReleasePlan from '@changesets/get-release-plan';
import type { VersionType } from '@changesets/types';
import { getPackages } from '@manypkg/get-packages';

/** One package the pending changesets release, as the dry run prints it. */
export interface ReleaseRow {
  packageName: string;
  oldVersion: string;
  newVersion: string;
  bump: VersionType;
  /** `switchyard.stability` of its package.json, or "private"/"unknown" when it has none. */
  stability: string;
}

/** A workspace package as the release sees it: where it is and what it says of itself. */
export interface ReleasePackage {
  name: string;
  dir: string;
  version: string;
  private: boolean;
  stability: string;
}

/**
 * What `changeset version` would do, computed by Changesets itself (its own config, dependents
 * and peer-dependency rules), so the dry run cannot drift from the real release.
 */
export async function readReleasePlan(root: string): Promise<ReleaseRow[]> {
  const [plan, packages] = await Promise.all([getReleasePlan(root), readReleasePackages(root)]);
  return toReleaseRows(plan.releases, packages);
}

export async function readReleasePackages(root: string): Promise<ReleasePackage[]> {
  const { packages } = await getPackages(root);
  return packages.map(({ dir, packageJson }) => {
    const json = packageJson as typeof packageJson & { switchyard?: { stability?: unknown } };
    const declared = json.switchyard?.stability;
    return {
      name: json.name,
      dir,
      version: json.version,
      private: json.private === true,
      stability: typeof declared === 'string' ? declared : json.private === true ? 'private' : 'unknown',
    };
  });
}

interface PlannedRelease {
  name: string;
  type: VersionType;
  oldVersion: string;
  newVersion: string;
}

/** Releases that change a version, in name order, with each package's stability. */
export function toReleaseRows(releases: readonly PlannedRelease[], packages: readonly ReleasePackage[]): ReleaseRow[] {
  return releases
    .filter((release) => release.type !== 'none' && release.oldVersion !== release.newVersion)
    .map((release) => ({
      packageName: release.name,
      oldVersion: release.oldVersion,
      newVersion: release.newVersion,
      bump: release.type,
      stability: packages.find((candidate) => candidate.name === release.name)?.stability ?? 'unknown',
    }))
    .sort((a, b) => a.packageName.localeCompare(b.packageName));
}
