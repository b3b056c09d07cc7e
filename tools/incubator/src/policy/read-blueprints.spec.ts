import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBlueprints, readFrontMatterField } from './read-blueprints.js';

let root: string | undefined;

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

describe('readBlueprints', () => {
  it('reads BP-*.md files with their status, ignoring README.md', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'blueprints-'));
    await mkdir(path.join(root, 'blueprints'));
    await writeFile(path.join(root, 'blueprints/README.md'), '# Blueprints\n');
    await writeFile(path.join(root, 'blueprints/BP-0001.md'), '---\nstatus: approved\n---\n# One\n');
    await writeFile(path.join(root, 'blueprints/BP-0003.md'), '# No front matter\nstatus: approved\n');
    expect(await readBlueprints(root)).toEqual([
      { ref: 'BP-0001', file: 'blueprints/BP-0001.md', status: 'approved' },
      { ref: 'BP-0003', file: 'blueprints/BP-0003.md', status: undefined },
    ]);
  });

  it('reads the graduation criteria of the front matter as YAML, and says when the YAML is broken', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'blueprints-'));
    await mkdir(path.join(root, 'blueprints'));
    const criteria = 'graduation:\n  min_cycles_in_preview: 2\n  benchmarks:\n    evaluate_p99_ms: "<= 5"\n  docs: [Upgrade, Limitations]\n';
    await writeFile(path.join(root, 'blueprints/BP-0004.md'), `---\nstatus: approved\n${criteria}---\n# Four\n`);
    await writeFile(path.join(root, 'blueprints/BP-0005.md'), '---\nstatus: approved\ngraduation: {tests: true\n---\n# Five\n');
    const [four, five] = await readBlueprints(root);
    expect(four).toEqual({
      ref: 'BP-0004',
      file: 'blueprints/BP-0004.md',
      status: 'approved',
      graduation: { min_cycles_in_preview: 2, benchmarks: { evaluate_p99_ms: '<= 5' }, docs: ['Upgrade', 'Limitations'] },
    });
    expect(five).toEqual({ ref: 'BP-0005', file: 'blueprints/BP-0005.md', status: 'approved', frontMatterError: expect.any(String) });
  });

  it('finds none in a workspace without blueprints/', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'blueprints-'));
    expect(await readBlueprints(root)).toEqual([]);
  });
});

describe('readFrontMatterField', () => {
  it('reads a field of the opening block only, unquoted', () => {
    expect(readFrontMatterField('---\ntitle: "A: b"\nstatus: draft\n---\nstatus: approved\n', 'status')).toBe('draft');
    expect(readFrontMatterField('---\ntitle: "A: b"\n---\n', 'title')).toBe('A: b');
    expect(readFrontMatterField('---\ntitle: x\n---\nstatus: approved\n', 'status')).toBeUndefined();
  });
});
