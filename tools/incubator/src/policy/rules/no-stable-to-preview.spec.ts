import { describe, expect, it } from 'vitest';
import { edge, snapshotOf, stablePackage, withProject } from '../../../tests/policy/snapshot-builders.js';
import { checkNoStableToPreview } from './no-stable-to-preview.js';

const FIX_PREFIX = 'move @switchyard/firewall to packages/core first (npx nx g @switchyard/incubator:promote firewall), or drop the dependency at ';

describe('no-stable-to-preview', () => {
  it('passes a workspace where only previews depend on stable code', () => {
    expect(checkNoStableToPreview(snapshotOf())).toEqual([]);
  });

  it.each([
    ['static', 'an import, export ... from or require()'],
    ['dynamic', 'a dynamic import()'],
  ] as const)('reports a %s import of a preview from stable code, naming the file', (type, route) => {
    const file = 'packages/core/server/src/a.ts';
    const snapshot = snapshotOf({ dependencies: [edge('server', 'firewall', type, [file])] });
    expect(checkNoStableToPreview(snapshot)).toEqual([
      {
        rule: 'no-stable-to-preview',
        severity: 'error',
        file,
        message: `@switchyard/server is stable but depends on the preview @switchyard/firewall through ${route}; stable code must work with no preview installed.`,
        fix: FIX_PREFIX + file,
      },
    ]);
  });

  it('reports one finding per file that creates the edge', () => {
    const files = ['packages/core/server/src/a.ts', 'packages/core/server/src/b.ts'];
    const findings = checkNoStableToPreview(snapshotOf({ dependencies: [edge('server', 'firewall', 'static', files)] }));
    expect(findings.map((finding) => finding.file)).toEqual(files);
  });

  it('names the package.json field when the edge comes from package.json', () => {
    const server = stablePackage('server', { devDependencies: { '@switchyard/firewall': '0.1.0' } });
    const snapshot = withProject(server, snapshotOf({ dependencies: [edge('server', 'firewall', 'static', ['packages/core/server/package.json'])] }));
    const [finding, ...rest] = checkNoStableToPreview(snapshot);
    expect(rest).toEqual([]);
    expect(finding.message).toContain('through its package.json devDependencies;');
    expect(finding.file).toBe('packages/core/server/package.json');
  });

  it('reads package.json itself when the graph shows no edge for a listed preview', () => {
    const server = stablePackage('server', { peerDependencies: { '@switchyard/firewall': '^0.1.0' } });
    const [finding, ...rest] = checkNoStableToPreview(withProject(server));
    expect(rest).toEqual([]);
    expect(finding.file).toBe('packages/core/server/package.json');
    expect(finding.message).toContain('through its package.json peerDependencies;');
  });

  it('reports implicitDependencies at the file that declares them', () => {
    const snapshot = snapshotOf({ dependencies: [edge('server', 'firewall', 'implicit', ['packages/core/server/package.json'])] });
    expect(checkNoStableToPreview(snapshot).map((finding) => [finding.file, finding.message])).toEqual([
      ['packages/core/server/package.json', '@switchyard/server is stable but depends on the preview @switchyard/firewall through its Nx implicitDependencies; stable code must work with no preview installed.'],
    ]);
  });

  it('applies to private tools too', () => {
    const snapshot = snapshotOf({ dependencies: [edge('incubator', 'firewall', 'static', ['tools/incubator/src/x.ts'])] });
    expect(checkNoStableToPreview(snapshot).map((finding) => finding.file)).toEqual(['tools/incubator/src/x.ts']);
  });
});
