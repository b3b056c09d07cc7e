import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeBuildLeftovers } from './remove-build-leftovers.js';

const OLD = 'packages/preview/firewall';
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leftovers-'));
  mkdirSync(join(root, OLD, 'dist'), { recursive: true });
  writeFileSync(join(root, OLD, 'dist', 'index.js'), 'stale');
  writeFileSync(join(root, OLD, 'tsconfig.tsbuildinfo'), '{}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('removeBuildLeftovers', () => {
  it('removes the old folder when only build output is left in it', () => {
    expect(removeBuildLeftovers(root, OLD)).toBe(`removed ${OLD}, which held only build output (dist, tsconfig.tsbuildinfo)`);
    expect(existsSync(join(root, OLD))).toBe(false);
  });

  it('keeps the folder, and says so, when something else is left in it', () => {
    writeFileSync(join(root, OLD, 'notes.md'), 'mine');
    expect(removeBuildLeftovers(root, OLD)).toBe(`${OLD} still holds notes.md: left in place for you to review`);
    expect(existsSync(join(root, OLD, 'dist', 'index.js'))).toBe(true);
  });

  it('has nothing to do when the move left no folder', () => {
    rmSync(join(root, OLD), { recursive: true });
    expect(removeBuildLeftovers(root, OLD)).toBeUndefined();
  });
});
