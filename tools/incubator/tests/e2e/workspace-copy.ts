import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

export interface CopyOptions {
  /**
   * Lay node_modules out as `npm install` would in the copy: every installed package linked one by
   * one, but @switchyard/* pointing at the copy's own folders, and `packages` added (name -> folder).
   * Needed when Node or Nx must resolve a workspace package to the copy, as the lint rule does.
   */
  workspaceLinks?: Record<string, string>;
  /** Let Nx use its cache (the copy's own .nx/cache); off by default, so every task really runs. */
  useNxCache?: boolean;
}

const SCOPE = '@switchyard';
/** Where workspace packages live (the root package.json's workspaces globs, one level deep). */
const PACKAGE_FOLDERS = ['packages/core', 'packages/preview', 'tools'];

/** A throw-away copy of this workspace in which `nx g` can run for real. */
export function copyWorkspace(prefix: string, options: CopyOptions = {}): WorkspaceCopy {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(workspaceRoot, root, { recursive: true, filter: (source) => !SKIPPED.has(path.basename(source)) });
  if (options.workspaceLinks === undefined) {
    symlinkSync(path.join(workspaceRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  } else {
    linkNodeModules(root, options.workspaceLinks);
  }
  linkNestedNodeModules(root);
  return {
    root,
    nx: (...args) => runNx(root, args, options.useNxCache === true),
    read: (file) => readFileSync(path.join(root, file), 'utf-8'),
    write: (file, text) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

function linkNodeModules(root: string, added: Record<string, string>): void {
  const installed = path.join(workspaceRoot, 'node_modules');
  mkdirSync(path.join(root, 'node_modules', SCOPE), { recursive: true });
  for (const entry of readdirSync(installed)) {
    if (entry !== SCOPE) symlinkSync(path.join(installed, entry), path.join(root, 'node_modules', entry));
  }
  // npm's workspace links are relative (../../packages/core/sdk), so in the copy they lead to the copy.
  for (const entry of readdirSync(path.join(installed, SCOPE))) {
    symlinkSync(readlinkSync(path.join(installed, SCOPE, entry)), path.join(root, 'node_modules', SCOPE, entry));
  }
  for (const [packageName, folder] of Object.entries(added)) {
    symlinkSync(path.join(root, folder), path.join(root, 'node_modules', packageName), 'dir');
  }
}

/**
 * npm nests a package's own node_modules when it needs another version than the hoisted one
 * (the server's ajv, the CLI's commander); without them the copy would resolve the wrong version.
 */
function linkNestedNodeModules(root: string): void {
  for (const folder of PACKAGE_FOLDERS) {
    const parent = path.join(workspaceRoot, folder);
    if (!existsSync(parent)) continue;
    for (const entry of readdirSync(parent)) {
      const nested = path.join(parent, entry, 'node_modules');
      const copied = path.join(root, folder, entry);
      if (existsSync(copied) && existsSync(nested) && readdirSync(nested).some((name) => !name.startsWith('.'))) {
        symlinkSync(nested, path.join(copied, 'node_modules'), 'dir');
      }
    }
  }
}

function runNx(cwd: string, args: string[], useNxCache: boolean): { status: number | null; output: string } {
  const result = spawnSync('npx', ['nx', ...args], {
    cwd,
    encoding: 'utf-8',
    env: copyEnvironment(useNxCache),
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}

/**
 * The environment of an Nx run in a copy: none of the outer task's NX_ variables. The copy starts
 * from this workspace's task database, where Nx records each invocation under
 * NX_INVOCATION_ROOT_PID; inherited, it makes the copy's `nx run x:check` look like a recursive
 * call of the outer run's own x:check, which Nx refuses. No daemon, the copy's own cache.
 * Plugins load in Nx's own process (NX_ISOLATE_PLUGINS=false): a worker process per plugin doubled
 * the CPU time of each of the suites' many short Nx runs (3.1 s -> 1.6 s for `nx show projects`).
 */
export function copyEnvironment(useNxCache: boolean): NodeJS.ProcessEnv {
  const outer = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NX_')));
  return {
    ...outer,
    NX_DAEMON: 'false',
    NX_ISOLATE_PLUGINS: 'false',
    NX_NO_CLOUD: 'true',
    NX_INTERACTIVE: 'false',
    NX_SKIP_NX_CACHE: useNxCache ? 'false' : 'true',
    FORCE_COLOR: '0',
  };
}
