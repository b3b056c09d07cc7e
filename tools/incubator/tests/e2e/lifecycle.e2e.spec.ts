import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WorkspaceCopy, copyWorkspace } from './workspace-copy.js';

/**
 * The preview generator's refusals and dry run through `nx g` on a copy of this workspace: the
 * generators.json entries, CommonJS loading of the TypeScript sources and the real files are what
 * is under test. The writing runs of preview, renew, open-cycle, promote and retire, each followed
 * by npm test, are full-lifecycle.e2e.spec.ts.
 */
let copy: WorkspaceCopy;

beforeAll(() => {
  copy = copyWorkspace('lifecycle-e2e-');
  copy.write('blueprints/BP-9001.md', '---\nref: BP-9001\nstatus: approved\n---\n# Sample service\n');
  copy.write('blueprints/BP-9002.md', '---\nref: BP-9002\nstatus: draft\n---\n# Not yet\n');
});

afterAll(() => copy?.remove());

function nx(...args: string[]): { status: number | null; output: string } {
  return copy.nx('g', ...args);
}

function read(file: string): string {
  return copy.read(file);
}

describe('the preview generator through nx g: refusals and dry run (end to end)', () => {
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
});
