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
  /** publishConfig.registry: npm publishes this package there instead of the configured registry. */
  publishRegistry?: string;
}

/** What the pending changesets do: the version changes, and how many changesets there are (empty ones change no version but still wait for `changeset version`). */
export interface ReleasePlan {
  rows: ReleaseRow[];
  changesets: number;
}

/**
 * What `changeset version` would do, computed by Changesets itself (its own config, dependents
 * and peer-dependency rules), so the dry run cannot drift from the real release.
 */
export async function readReleasePlan(root: string): Promise<ReleasePlan> {
  const [plan, packages] = await Promise.all([getReleasePlan(root), readReleasePackages(root)]);
  return { rows: toReleaseRows(plan.releases, packages), changesets: plan.changesets.length };
}

export async function readReleasePackages(root: string): Promise<ReleasePackage[]> {
  const { packages } = await getPackages(root);
  return packages.map(({ dir, packageJson }) => {
    const json = packageJson as typeof packageJson & { switchyard?: { stability?: unknown }; publishConfig?: { registry?: unknown } };
    const declared = json.switchyard?.stability;
    const publishRegistry = json.publishConfig?.registry;
    return {
      name: json.name,
      dir,
      version: json.version,
      private: json.private === true,
      stability: typeof declared === 'string' ? declared : json.private === true ? 'private' : 'unknown',
      ...(typeof publishRegistry === 'string' ? { publishRegistry } : {}),
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
