import { describe, expect, it } from 'vitest';
import { snapshotOf, stablePackage, withProject } from '../../../tests/policy/snapshot-builders.js';
import { checkOptionalPreviews } from './optional-previews.js';

describe('optional-previews', () => {
  it('passes when no stable package publishes a dependency on a preview (devDependencies are not published)', () => {
    expect(checkOptionalPreviews(snapshotOf())).toEqual([]);
    expect(checkOptionalPreviews(withProject(stablePackage('server', { devDependencies: { '@switchyard/firewall': '0.1.0' } })))).toEqual([]);
  });

  it('reports a preview in the published dependency fields of a stable package', () => {
    const server = stablePackage('server', { dependencies: { '@switchyard/firewall': '0.1.0' }, optionalDependencies: { '@switchyard/firewall': '0.1.0' } });
    expect(checkOptionalPreviews(withProject(server))).toEqual([
      {
        rule: 'optional-previews',
        severity: 'error',
        file: 'packages/core/server/package.json',
        message: '@switchyard/server is published as stable with the preview @switchyard/firewall in its dependencies and optionalDependencies, so every install of it would pull in a preview.',
        fix: 'remove "@switchyard/firewall" from dependencies and optionalDependencies in packages/core/server/package.json; operators who want it install it and enable it in switchyard.toml (service_plugins and [preview] enabled)',
      },
    ]);
  });

  it('leaves private packages to no-stable-to-preview', () => {
    const tool = { ...stablePackage('server', { private: true, peerDependencies: { '@switchyard/firewall': '0.1.0' } }) };
    expect(checkOptionalPreviews(withProject(tool))).toEqual([]);
  });
});
