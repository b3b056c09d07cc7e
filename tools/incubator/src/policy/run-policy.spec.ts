import { describe, expect, it } from 'vitest';
import { config, edge, previewPackage, snapshotOf, withProject } from '../../tests/policy/snapshot-builders.js';
import { POLICY_RULES } from './rules/index.js';
import { runPolicy } from './run-policy.js';

describe('runPolicy', () => {
  it('runs all thirteen rules and passes a healthy workspace', () => {
    expect(POLICY_RULES).toHaveLength(13);
    expect(runPolicy(snapshotOf())).toEqual([]);
  });

  it('reports findings in rule order, then by file', () => {
    const unlabeled = { ...previewPackage('firewall'), readme: '# @switchyard/firewall\n' };
    const snapshot = {
      ...withProject(unlabeled),
      config: { ...config, currentReleaseCycle: 4 },
      dependencies: [edge('server', 'firewall', 'static', ['packages/core/server/src/z.ts', 'packages/core/server/src/a.ts'])],
    };
    expect(runPolicy(snapshot).map((finding) => `${finding.rule} ${finding.file}`)).toEqual([
      'no-stable-to-preview packages/core/server/src/a.ts',
      'no-stable-to-preview packages/core/server/src/z.ts',
      'preview-labels packages/preview/firewall/README.md',
      'preview-age packages/preview/firewall/package.json',
    ]);
  });
});
