/**
 * Benchmark part (b): `nx g @switchyard/incubator:promote <name>` against a bare
 * `nx g @nx/workspace:move` of the same package with the options promote passes it, each on its
 * own fresh copy of this workspace (node_modules linked, build output, caches and .git left out,
 * as tests/e2e/workspace-copy.ts does). Prints the wall time of each command and their ratio.
 *
 * Runs alternate (move, promote, move, ...) and the fastest of each counts, so a burst of load on
 * a shared machine does not land on one side only.
 *
 *   node tools/incubator/bench/promote-vs-move.mjs [--package firewall] [--runs 2] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const SKIPPED = new Set(['node_modules', '.git', '.nx', 'dist', 'out-tsc', '.switchyard']);
const COMMAND_TIMEOUT_MS = 180_000;

const { values: options } = parseArgs({ strict: false, options: { package: { type: 'string', default: 'firewall' }, runs: { type: 'string', default: '2' }, keep: { type: 'boolean', default: false } } });

function copyWorkspace(prefix) {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(repoRoot, root, { recursive: true, filter: (source) => !SKIPPED.has(path.basename(source)) });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

/** Runs Nx's own bin with node (no npx lookup), the same way for both commands. */
function timedNx(root, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/nx/dist/bin/nx.js'), ...args], {
    cwd: root,
    encoding: 'utf-8',
    timeout: COMMAND_TIMEOUT_MS,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_INTERACTIVE: 'false', FORCE_COLOR: '0' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) throw new Error(`nx ${args.join(' ')} failed after ${seconds.toFixed(0)} s: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`nx ${args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}`);
  return seconds;
}

/** Copies the workspace, runs one generator in it, checks it moved the package, and removes the copy. */
function timeInFreshCopy(label, name, args) {
  const root = copyWorkspace(`bench-${label}-`);
  try {
    const seconds = timedNx(root, args);
    if (!existsSync(path.join(root, `packages/core/${name}/package.json`))) throw new Error(`${label} left no packages/core/${name} in ${root}`);
    return seconds;
  } finally {
    if (options.keep) console.log(`Kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

export function benchPromoteVsMove(name = options.package) {
  if (!existsSync(path.join(repoRoot, `packages/preview/${name}/package.json`))) throw new Error(`packages/preview/${name} does not exist; pass --package <a preview folder name>`);
  const moves = [];
  const promotes = [];
  for (let run = 0; run < Number(options.runs); run += 1) {
    moves.push(timeInFreshCopy('move', name, ['g', '@nx/workspace:move', `--projectName=@switchyard/${name}`, `--destination=packages/core/${name}`, '--updateImportPath', '--skipFormat', '--no-interactive']));
    console.log(`  nx g @nx/workspace:move: ${moves.at(-1).toFixed(1)} s`);
    promotes.push(timeInFreshCopy('promote', name, ['g', '@switchyard/incubator:promote', name, '--no-interactive']));
    console.log(`  nx g @switchyard/incubator:promote: ${promotes.at(-1).toFixed(1)} s`);
  }
  return { name, move: Math.min(...moves), promote: Math.min(...promotes), runs: moves.length };
}

export function promoteRows({ name, move, promote, runs }) {
  return [
    [`(b) graduating ${name} (fresh copy each)`, 'promote', 'bare @nx/workspace:move', 'promote / move'],
    [`end to end, fastest of ${runs} (wall time)`, `${promote.toFixed(1)} s`, `${move.toFixed(1)} s`, `${(promote / move).toFixed(2)}x (target <= 1.5x)`],
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = benchPromoteVsMove();
  for (const row of promoteRows(figures)) console.log(row.join('  |  '));
}
