import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../../tests/policy/snapshot-builders.js';
import type { RetiredPackage } from '../../lib/retired-packages.js';
import { checkChangesetPackages } from './changeset-packages.js';

const RETIRED_VPN: RetiredPackage = {
  name: 'vpn',
  package: '@switchyard/vpn',
  lastVersion: '0.2.0',
  reason: 'superseded',
  cycle: 3,
  deprecate: { range: '<=0.2.0', message: 'retired' },
};

describe('changeset-packages', () => {
  it('passes changesets that name only workspace packages', () => {
    const pendingReleases = [
      { file: '.changeset/a.md', packageName: '@switchyard/server', type: 'minor' as const },
      { file: '.changeset/a.md', packageName: '@switchyard/firewall', type: 'patch' as const },
    ];
    expect(checkChangesetPackages(snapshotOf({ pendingReleases }))).toEqual([]);
  });

  it("tells to delete a retired preview's leftover changeset, naming retired.json", () => {
    const pendingReleases = [{ file: '.changeset/vpn-fix.md', packageName: '@switchyard/vpn', type: 'patch' as const }];
    expect(checkChangesetPackages(snapshotOf({ pendingReleases, retired: [RETIRED_VPN] }))).toEqual([
      {
        rule: 'changeset-packages',
        severity: 'error',
        file: '.changeset/vpn-fix.md',
        message: '.changeset/vpn-fix.md bumps @switchyard/vpn (patch), which was retired in cycle 3 (retired.json); `changeset version` would stop on it at release.',
        fix: 'delete .changeset/vpn-fix.md (it releases nothing that is still in the workspace)',
      },
    ]);
  });

  it('tells to remove only the line when the changeset also releases a workspace package', () => {
    const pendingReleases = [
      { file: '.changeset/mixed.md', packageName: '@switchyard/server', type: 'minor' as const },
      { file: '.changeset/mixed.md', packageName: '@switchyard/typo', type: 'minor' as const },
    ];
    expect(checkChangesetPackages(snapshotOf({ pendingReleases }))).toEqual([
      {
        rule: 'changeset-packages',
        severity: 'error',
        file: '.changeset/mixed.md',
        message: '.changeset/mixed.md bumps @switchyard/typo (minor), which is not a package in this workspace; `changeset version` would stop on it at release.',
        fix: 'remove the line "@switchyard/typo": minor from the front matter of .changeset/mixed.md',
      },
    ]);
  });
});
