import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { workspaceRoot } from '@nx/devkit';

/** Build output, caches and git data are left out of a copy; node_modules is linked (large, only read). */
const SKIPPED = new Set(['node_modules', '.git', '.nx', 'dist', 'out-tsc', '.switchyard']);

export interface WorkspaceCopy {
  root: string;
  /** Runs `npx nx <args>` in the copy; output has colours stripped (CI forces them on). */
  nx(...args: string[]): { status: number | null; output: string };
  read(file: string): string;
  write(file: string, text: string): void;
  remove(): void;
}

/** A throw-away copy of this workspace in which `nx g` can run for real. */
export function copyWorkspace(prefix: string): WorkspaceCopy {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(workspaceRoot, root, { recursive: true, filter: (source) => !SKIPPED.has(path.basename(source)) });
  symlinkSync(path.join(workspaceRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return {
    root,
    nx: (...args) => runNx(root, args),
    read: (file) => readFileSync(path.join(root, file), 'utf-8'),
    write: (file, text) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

function runNx(cwd: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync('npx', ['nx', ...args], {
    cwd,
    encoding: 'utf-8',
    env: {
      ...process.env,
      NX_DAEMON: 'false',
      NX_NO_CLOUD: 'true',
      NX_INTERACTIVE: 'false',
      NX_SKIP_NX_CACHE: 'true',
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}
