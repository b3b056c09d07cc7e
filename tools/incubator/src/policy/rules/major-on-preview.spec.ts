import { describe, expect, it } from 'vitest';
import { previewPackage, snapshotOf, stablePackage, withProject } from '../../../tests/policy/snapshot-builders.js';
import type { BumpType } from '../../lib/read-pending-changesets.js';
import { checkMajorOnPreview } from './major-on-preview.js';

function pending(packageName: string, type: BumpType, file = '.changeset/big-change.md') {
  return { pendingReleases: [{ file, packageName, type }] };
}

describe('major-on-preview', () => {
  it('refuses a major changeset on a 0.x preview, pointing at promote', () => {
    expect(checkMajorOnPreview(snapshotOf(pending('@switchyard/firewall', 'major')))).toEqual([
      {
        rule: 'major-on-preview',
        severity: 'error',
        file: '.changeset/big-change.md',
        message: '.changeset/big-change.md bumps @switchyard/firewall major, which would release the preview 0.1.0 as 1.0.0; only promotion makes a preview stable.',
        fix: 'to make it stable, delete this bump and run npx nx g @switchyard/incubator:promote firewall (it moves the package to core and writes the 1.0.0 changeset); otherwise change "@switchyard/firewall": major to minor (a breaking change in a preview) in .changeset/big-change.md',
      },
    ]);
  });

  it('lets minor and patch changesets on a preview pass', () => {
    expect(checkMajorOnPreview(snapshotOf(pending('@switchyard/firewall', 'minor')))).toEqual([]);
    expect(checkMajorOnPreview(snapshotOf(pending('@switchyard/firewall', 'patch')))).toEqual([]);
  });

  it('lets a promoted package (stable, in core, still 0.x) take its 1.0.0 major changeset', () => {
    const promoted = stablePackage('firewall', { version: '0.3.0' });
    expect(checkMajorOnPreview(withProject(promoted, snapshotOf(pending('@switchyard/firewall', 'major', '.changeset/promote-firewall.md'))))).toEqual([]);
  });

  it('lets stable packages take majors, and ignores changesets for unknown packages', () => {
    expect(checkMajorOnPreview(snapshotOf(pending('@switchyard/server', 'major')))).toEqual([]);
    expect(checkMajorOnPreview(snapshotOf(pending('@switchyard/gone', 'major')))).toEqual([]);
  });

  it('refuses a package any source calls preview, even when only its tag says so', () => {
    const misplaced = { ...previewPackage('dns'), root: 'packages/core/dns' };
    expect(checkMajorOnPreview(withProject(misplaced, snapshotOf(pending('@switchyard/dns', 'major'))))).toHaveLength(1);
  });
});
