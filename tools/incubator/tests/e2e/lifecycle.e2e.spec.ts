import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WorkspaceCopy, copyWorkspace } from './workspace-copy.js';

/**
 * Runs preview, renew, open-cycle, renew again and retire through `nx g`, in that order, on a copy of this
 * workspace: the generators.json entries, CommonJS loading of the TypeScript sources and the
 * real files (switchyard.toml, tsconfig.json, nx.json) are what is under test here.
 * node_modules is symlinked (only read); build output, caches and git data are left out.
 */
let copy: WorkspaceCopy;

beforeAll(() => {
  copy = copyWorkspace('lifecycle-e2e-');
  copy.write('blueprints/BP-9001.md', '---\nref: BP-9001\nstatus: approved\n---\n# Sample service\n');
  copy.write('blueprints/BP-9002.md', '---\nref: BP-9002\nstatus: draft\n---\n# Not yet\n');
  copy.write('blueprints/BP-9003.md', '---\nref: BP-9003\nstatus: approved\n---\n# Sample service, another cycle\n');
});

afterAll(() => copy?.remove());

function nx(...args: string[]): { status: number | null; output: string } {
  return copy.nx('g', ...args);
}

function read(file: string): string {
  return copy.read(file);
}

function cycle(): number {
  return JSON.parse(read('release-cycle.json')).currentReleaseCycle;
}

describe('the preview lifecycle through nx g (end to end)', () => {
  it('refuses an unapproved blueprint and writes nothing', () => {
    const { status, output } = nx('@switchyard/incubator:preview', 'sample-svc', '--blueprint', 'BP-9002');
    expect(status).not.toBe(0);
    expect(output).toContain('Blueprint BP-9002 is not approved: blueprints/BP-9002.md has status "draft"');
    expect(existsSync(path.join(copy.root, 'packages/preview/sample-svc'))).toBe(false);
  }, 60_000);

  it('preview --dry-run lists the files and writes nothing', () => {
    const tsconfig = read('tsconfig.json');
    const { status, output } = nx('@switchyard/incubator:preview', 'sample-svc', '--blueprint', 'BP-9001', '--dry-run');
    expect(status, output).toBe(0);
    expect(output).toContain('CREATE packages/preview/sample-svc/src/index.ts');
    expect(output).toContain('CREATE .changeset/preview-sample-svc.md');
    expect(existsSync(path.join(copy.root, 'packages/preview/sample-svc'))).toBe(false);
    expect(read('tsconfig.json')).toBe(tsconfig);
  }, 60_000);

  it('preview creates the package, its tsconfig line and changeset, and prints the opt-in lines', () => {
    const { status, output } = nx('@switchyard/incubator:preview', 'sample-svc', '--blueprint', 'BP-9001');
    expect(status, output).toBe(0);
    expect(output).toContain('  [preview] enabled = [..., "sample-svc"]');
    expect(JSON.parse(read('packages/preview/sample-svc/package.json'))).toMatchObject({
      name: '@switchyard/sample-svc',
      switchyard: { stability: 'preview', enteredCycle: cycle(), blueprint: 'BP-9001' },
    });
    expect(JSON.parse(read('tsconfig.json')).references).toContainEqual({ path: './packages/preview/sample-svc' });
    expect(read('.changeset/preview-sample-svc.md')).toMatch(/^---\n"@switchyard\/sample-svc": minor\n---\n/);
  }, 60_000);

  // The new preview is renewed, not a real one: which real previews exist changes as they are promoted.
  it('renew in the cycle the preview entered is refused: it would not move its clock', () => {
    const { status, output } = nx('@switchyard/incubator:renew', 'sample-svc', '--blueprint', 'BP-9003');
    expect(status).not.toBe(0);
    expect(output).toContain(`Cannot renew "sample-svc": @switchyard/sample-svc entered preview in cycle ${cycle()}, and the current cycle is ${cycle()}`);
    expect(JSON.parse(read('packages/preview/sample-svc/package.json')).switchyard.renewals).toBeUndefined();
  }, 60_000);

  it('open-cycle moves release-cycle.json to the next cycle and refuses to open it twice', () => {
    const current = cycle();
    const { status, output } = nx('@switchyard/incubator:open-cycle', '--cycle', String(current + 1));
    expect(status, output).toBe(0);
    expect(output).toContain(`Release cycle ${current + 1} is open (was ${current})`);
    expect(cycle()).toBe(current + 1);
    expect(nx('@switchyard/incubator:open-cycle', '--cycle', String(current + 1)).output).toContain('It is already open.');
  }, 60_000);

  it('renew in the next cycle records a renewal; a second renewal under the same blueprint is refused', () => {
    const { status, output } = nx('@switchyard/incubator:renew', 'sample-svc', '--blueprint', 'BP-9003');
    expect(status, output).toBe(0);
    expect(JSON.parse(read('packages/preview/sample-svc/package.json')).switchyard.renewals).toContainEqual({ cycle: cycle(), blueprint: 'BP-9003' });
    const again = nx('@switchyard/incubator:renew', 'sample-svc', '--blueprint', 'BP-9003');
    expect(again.status).not.toBe(0);
    expect(again.output).toContain('Cannot renew "sample-svc": @switchyard/sample-svc already used blueprint BP-9003');
  }, 60_000);

  it('retire removes the new preview again and records it; its name cannot come back', () => {
    const toml = read('switchyard.toml');
    const { status, output } = nx('@switchyard/incubator:retire', 'sample-svc', '--reason', 'End-to-end check.');
    expect(status, output).toBe(0);
    expect(existsSync(path.join(copy.root, 'packages/preview/sample-svc'))).toBe(false);
    expect(read('tsconfig.json')).not.toContain('sample-svc');
    expect(read('switchyard.toml')).toBe(toml);
    expect(JSON.parse(read('retired.json')).retired).toContainEqual(expect.objectContaining({ name: 'sample-svc', lastVersion: '0.1.0' }));
    const reuse = nx('@switchyard/incubator:preview', 'sample-svc', '--blueprint', 'BP-9001');
    expect(reuse.output).toContain('Cannot create preview "sample-svc": it belonged to @switchyard/sample-svc, retired in cycle');
  }, 60_000);
});
