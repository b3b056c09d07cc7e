import { describe, expect, it } from 'vitest';
import { previewPackage, privateTool, snapshotOf, stablePackage, withProject } from '../../../tests/policy/snapshot-builders.js';
import type { ProjectSnapshot } from '../workspace-snapshot.js';
import { checkStabilityMetadata } from './stability-metadata.js';

function messagesFor(project: ProjectSnapshot): string[] {
  return checkStabilityMetadata(withProject(project)).map((finding) => finding.message);
}

describe('stability-metadata', () => {
  it('passes agreeing tags, folders, metadata and versions, and private tools without metadata', () => {
    expect(checkStabilityMetadata(snapshotOf())).toEqual([]);
  });

  it('requires exactly one stability tag, naming the file and the fix', () => {
    const firewall = { ...previewPackage('firewall'), tags: ['stability:preview', 'stability:stable'] };
    expect(checkStabilityMetadata(withProject(firewall))).toEqual([
      {
        rule: 'stability-metadata',
        severity: 'error',
        file: 'packages/preview/firewall/package.json',
        message: '@switchyard/firewall must carry exactly one stability tag ("stability:stable" or "stability:preview"); found "stability:preview", "stability:stable".',
        fix: 'set "nx": {"tags": [...]} in packages/preview/firewall/package.json to hold exactly one of "stability:stable" or "stability:preview"',
      },
    ]);
  });

  it('counts a missing tag on a private tool too', () => {
    expect(messagesFor({ ...privateTool('incubator'), tags: [] })).toEqual([
      '@switchyard/incubator must carry exactly one stability tag ("stability:stable" or "stability:preview"); found none.',
    ]);
  });

  it('reports a tag that disagrees with the folder', () => {
    expect(messagesFor({ ...previewPackage('firewall'), tags: ['stability:stable'] })).toEqual([
      '@switchyard/firewall is tagged "stability:stable" but lives in packages/preview/, the folder of preview packages.',
      '@switchyard/firewall declares "switchyard.stability": "preview" but is tagged and placed as stable.',
    ]);
  });

  it('reports metadata that is missing, quoting the SDK\'s explanation', () => {
    const server = stablePackage('server');
    delete server.packageJson.switchyard;
    const [finding] = checkStabilityMetadata(withProject(server));
    expect(finding.message).toBe('packages/core/server/package.json: missing "switchyard" field; expected {"stability": "stable" | "preview", "enteredCycle": <number>, "blueprint": "<ref>"}');
    expect(finding.fix).toBe('write "switchyard": {"stability": "stable", "enteredCycle": 1, "blueprint": "<approved blueprint, e.g. BP-0001>"} in packages/core/server/package.json');
  });

  it('keeps previews below 1.0.0 and stable packages at 1.0.0 or later', () => {
    expect(messagesFor(previewPackage('firewall', { version: '1.0.0' }))).toEqual(['@switchyard/firewall is a preview at version 1.0.0; previews stay below 1.0.0.']);
    expect(messagesFor(stablePackage('server', { version: '0.9.0' }))).toEqual(['@switchyard/server is stable at version 0.9.0; stable packages are 1.0.0 or later.']);
    expect(messagesFor(stablePackage('server', { version: 'one' }))).toEqual(['@switchyard/server has version "one"; expected a semver version such as "1.0.0".']);
  });

  it('accepts a promoted package still at 0.x while a pending changeset bumps it major, to 1.0.0', () => {
    const promoted = stablePackage('firewall', { version: '0.3.0' });
    const pending = (type: 'major' | 'minor') => ({ pendingReleases: [{ file: '.changeset/promote-firewall.md', packageName: '@switchyard/firewall', type }] });
    expect(checkStabilityMetadata(withProject(promoted, snapshotOf(pending('major'))))).toEqual([]);
    const [finding] = checkStabilityMetadata(withProject(promoted, snapshotOf(pending('minor'))));
    expect(finding.message).toBe('@switchyard/firewall is stable at version 0.3.0; stable packages are 1.0.0 or later.');
    expect(finding.fix).toBe(
      'add a changeset that bumps @switchyard/firewall major (the promote generator writes one), or set "version" to "1.0.0" or later in packages/core/firewall/package.json',
    );
  });

  it('keeps publishable packages inside the stable and preview folders', () => {
    const stray = { ...stablePackage('stray'), root: 'libs/stray' };
    expect(messagesFor(stray)).toEqual(['@switchyard/stray is publishable but lives in libs/stray, outside packages/core/ and packages/preview/.']);
  });
});
