#!/usr/bin/env node
/**
 * `npm run bench:loop`: how long the inner loop takes on this machine, each time against its
 * target (issue 12): cold `npm test` (no Nx cache), warm `npm test` with no change, and
 * `npm test` after a one-line change in a preview's src (the first under packages/preview; the
 * server's when there is none). With `--ci`, also the CI suites of the 12-minute target on a
 * clean copy. Each runs in a throw-away copy of the last commit (git archive), so the working tree
 * and its Nx cache are left alone. A measurement, not a timed test: a missed
 * target is reported; only a failing run fails the script.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCOPE = '@switchyard';
/** The root package.json's workspaces globs, one level deep. */
const PACKAGE_FOLDERS = ['packages/core', 'packages/preview', 'tools'];
/** The package the one-line change goes to: a preview if the tree has one, whichever it is today. */
function packageToChange(root) {
  const previews = path.join(root, 'packages/preview');
  const first = existsSync(previews) ? readdirSync(previews).filter((name) => existsSync(path.join(previews, name, 'src'))).sort()[0] : undefined;
  return first === undefined ? 'packages/core/server' : `packages/preview/${first}`;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const TARGETS = {
  cold: 8 * MINUTE,
  warm: 15 * SECOND,
  change: 2 * MINUTE,
  ci: 12 * MINUTE,
};

/** A copy of HEAD in a temp folder: git archive, so only committed files, as a clone has them. */
function copyOfHead(prefix) {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  // mkdtemp makes the folder 0700; a clone is 0755, and the db tests open a database as an
  // unprivileged user, who must reach the sources.
  chmodSync(root, 0o755);
  const archive = spawnSync('sh', ['-c', `git -C "${ROOT}" archive --format=tar HEAD | tar -x -C "${root}"`], { stdio: 'inherit' });
  if (archive.status !== 0) throw new Error(`git archive HEAD into ${root} failed`);
  return root;
}

/**
 * node_modules as `npm ci` would lay it out in the copy, without installing: every package of
 * this workspace's node_modules linked one by one, @switchyard/* through npm's own relative links
 * (so they lead to the copy's packages), and each package's nested node_modules linked too.
 */
function linkNodeModules(root) {
  const installed = path.join(ROOT, 'node_modules');
  mkdirSync(path.join(root, 'node_modules', SCOPE), { recursive: true });
  for (const entry of readdirSync(installed)) {
    if (entry !== SCOPE) symlinkSync(path.join(installed, entry), path.join(root, 'node_modules', entry));
  }
  for (const entry of readdirSync(path.join(installed, SCOPE))) {
    symlinkSync(readlinkSync(path.join(installed, SCOPE, entry)), path.join(root, 'node_modules', SCOPE, entry));
  }
  for (const folder of PACKAGE_FOLDERS) {
    if (!existsSync(path.join(root, folder))) continue;
    for (const entry of readdirSync(path.join(root, folder))) {
      const nested = path.join(ROOT, folder, entry, 'node_modules');
      const copied = path.join(root, folder, entry);
      if (existsSync(nested) && readdirSync(nested).some((name) => !name.startsWith('.'))) symlinkSync(nested, path.join(copied, 'node_modules'), 'dir');
    }
  }
}

/** Runs a command in the copy, its output kept for the report; resolves with its time and exit code. */
function timed(root, command, args) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_INTERACTIVE: 'false', FORCE_COLOR: '0', NX_SKIP_NX_CACHE: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, output }));
  });
}

/** The tasks Nx really ran (its line for a task replayed from the cache says so). */
function tasksRun(output) {
  return output
    .split('\n')
    .filter((line) => line.startsWith('> nx run ') && !/\[(local cache|existing outputs match the cache, left as is)\]/.test(line))
    .map((line) => line.slice('> nx run '.length).split(' ')[0]);
}

/** One line of the package's first source file changes: a comment appended. */
function changeOneLine(root) {
  const changedPackage = packageToChange(root);
  const src = path.join(root, changedPackage, 'src');
  const file = readdirSync(src)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
    .sort()[0];
  if (file === undefined) throw new Error(`${changedPackage}/src has no .ts file to change`);
  appendFileSync(path.join(src, file), '// bench:loop: a one-line change\n');
  return `${changedPackage}/src/${file}`;
}

function formatDuration(ms) {
  if (ms < MINUTE) return `${(ms / SECOND).toFixed(1)} s`;
  return `${Math.floor(ms / MINUTE)} min ${Math.round((ms % MINUTE) / SECOND)} s`;
}

/** One result line: what was measured, how long, against which target, and whether it was met. */
function report(label, result, target, note = '') {
  const verdict = result.code !== 0 ? `FAILED (exit ${result.code})` : result.ms <= target ? 'met' : 'MISSED';
  process.stdout.write(`${label.padEnd(44)} ${formatDuration(result.ms).padStart(12)}   target <= ${formatDuration(target).padEnd(10)} ${verdict}${note}\n`);
  if (result.code !== 0) process.stdout.write(`${result.output.split('\n').slice(-40).join('\n')}\n`);
  return result.code === 0;
}

async function measureNpmTest() {
  const root = copyOfHead('bench-loop-');
  try {
    linkNodeModules(root);
    process.stdout.write(`Copy of HEAD in ${root}; cold run first (about ${formatDuration(TARGETS.cold)} or more)...\n`);
    const cold = await timed(root, 'npm', ['test']);
    const coldOk = report('cold npm test (no Nx cache)', cold, TARGETS.cold, ` (${tasksRun(cold.output).length} tasks run)`);
    const warm = await timed(root, 'npm', ['test']);
    const warmRun = tasksRun(warm.output);
    const warmOk = report('warm npm test, no change', warm, TARGETS.warm, warmRun.length === 0 ? ' (every task from the cache)' : ` (ran: ${warmRun.join(', ')})`);
    const changed = changeOneLine(root);
    const change = await timed(root, 'npm', ['test']);
    const changeOk = report(`one-line change in ${path.dirname(changed)}`, change, TARGETS.change, ` (${changed}; ran: ${tasksRun(change.output).join(', ')})`);
    return coldOk && warmOk && changeOk;
  } finally {
    if (process.env.BENCH_KEEP === '1') process.stdout.write(`Kept ${root}\n`);
    else rmSync(root, { recursive: true, force: true });
  }
}

/**
 * The suites `.ci/run` ran when the 12-minute target was set (issue 12), as CI runs them: a clean
 * copy, its own npm ci. The suites added since (test:core, test:replicas, test:clients) state their
 * own times; the whole `.ci/run` stays under 25 minutes, which CI itself measures. npm test then
 * included the lifecycle suite, which is test:lifecycle now.
 */
const CI_SUITES = 'npm ci && npm test && npm run test:lifecycle && npm run test:postgres && npm run test:packaging';

async function measureCi() {
  const root = copyOfHead('bench-loop-ci-');
  try {
    return report(`CI suites (${CI_SUITES})`, await timed(root, 'sh', ['-c', CI_SUITES]), TARGETS.ci);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const passed = (await measureNpmTest()) && (!process.argv.includes('--ci') || (await measureCi()));
if (!passed) process.exitCode = 1;
