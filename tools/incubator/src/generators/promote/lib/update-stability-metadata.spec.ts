import { readJson } from '@nx/devkit';
import { readStabilityMetadata } from '@switchyard/sdk';
import { describe, expect, it } from 'vitest';
import { FIREWALL_OPTIONS, previewWorkspace } from '../promote-fixture.js';
import { movePackage } from './move-package.js';
import { updateStabilityMetadata } from './update-stability-metadata.js';

async function promotedPackageJson() {
  const tree = previewWorkspace();
  await movePackage(tree, FIREWALL_OPTIONS);
  updateStabilityMetadata(tree, FIREWALL_OPTIONS);
  return readJson(tree, 'packages/core/firewall/package.json');
}

describe('updateStabilityMetadata', () => {
  it('tags it stable instead of preview', async () => {
    expect((await promotedPackageJson()).nx.tags).toEqual(['stability:stable']);
  });

  it('marks it stable from the current cycle, keeps the blueprint and records where it came from', async () => {
    const packageJson = await promotedPackageJson();
    expect(packageJson.switchyard).toEqual({
      stability: 'stable',
      enteredCycle: 3,
      blueprint: 'BP-0002',
      promotedFrom: {
        stability: 'preview',
        folder: 'packages/preview/firewall',
        version: '0.1.0',
        enteredCycle: 1,
        renewals: [{ cycle: 2, blueprint: 'BP-0002' }],
      },
    });
    expect(readStabilityMetadata(packageJson, 'package.json')).toMatchObject({ stability: 'stable', enteredCycle: 3 });
  });

  it('drops the PREVIEW sentence from the description and keeps the 0.x version for the changeset to bump', async () => {
    const packageJson = await promotedPackageJson();
    expect(packageJson.description).toBe('Firewall as a service for Switchyard.');
    expect(packageJson.version).toBe('0.1.0');
  });
});
