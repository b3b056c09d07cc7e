import { describe, expect, it } from 'vitest';
import { previewPackage, snapshotOf, withProject } from '../../../tests/policy/snapshot-builders.js';
import { checkApprovedBlueprints } from './approved-blueprints.js';

const renewedUnder = (blueprint: string) =>
  previewPackage('firewall', { switchyard: { stability: 'preview', enteredCycle: 1, blueprint: 'BP-0002', renewals: [{ cycle: 2, blueprint }] } });

describe('approved-blueprints', () => {
  it('passes packages whose blueprints exist and are approved', () => {
    expect(checkApprovedBlueprints(snapshotOf())).toEqual([]);
  });

  it('reports a renewal under a blueprint that does not exist', () => {
    expect(checkApprovedBlueprints(withProject(renewedUnder('BP-0009')))).toEqual([
      {
        rule: 'approved-blueprints',
        severity: 'error',
        file: 'packages/preview/firewall/package.json',
        message: '@switchyard/firewall names blueprint "BP-0009" in "switchyard.renewals[0].blueprint", but blueprints/BP-0009.md does not exist.',
        fix: 'write blueprints/BP-0009.md with "status: approved" in its front matter once it is approved, or correct "switchyard.renewals[0].blueprint" in packages/preview/firewall/package.json',
      },
    ]);
  });

  it('reports a blueprint that is not approved, quoting its status', () => {
    const snapshot = snapshotOf();
    snapshot.blueprints[1] = { ref: 'BP-0002', file: 'blueprints/BP-0002.md', status: 'draft' };
    expect(checkApprovedBlueprints(snapshot).map((finding) => finding.message)).toEqual([
      '@switchyard/firewall names blueprint BP-0002 in "switchyard.blueprint", but blueprints/BP-0002.md has status "draft", not "approved".',
    ]);
  });
});
