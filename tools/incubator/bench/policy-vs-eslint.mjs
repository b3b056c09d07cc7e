/**
 * Benchmark: the lifecycle policy check vs ESLint running only @nx/enforce-module-boundaries,
 * on one synthetic workspace (1,000 projects, ~10,000 source files, stable/preview mix) with
 * planted stable -> preview dependencies of every kind. Prints time and violations found by each.
 *
 * Fair comparison: the project graph is built once (createProjectGraphAsync, timed on its own row),
 * then both sides read what Nx cached in .nx/workspace-data: ESLint's rule always does, the check
 * with --cached-graph. "rules only" is the check's rules (its --timing) against ESLint's own timing
 * of @nx/enforce-module-boundaries (TIMING=all; it excludes parsing the 10,000 files, which ESLint
 * cannot skip). "end to end" is each command's wall time on the cached graph.
 *
 *   node tools/incubator/bench/policy-vs-eslint.mjs [--projects 1000] [--files-per-project 10] [--keep]
 *
 * The policy CLI must be built first: NX_DAEMON=false npx nx run @switchyard/incubator:build
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const policyCli = path.join(repoRoot, 'tools/incubator/dist/policy/cli.js');
const eslintBin = path.join(repoRoot, 'node_modules/eslint/bin/eslint.js');

/** Each command is bounded, so the whole benchmark stays within minutes even on a loaded machine. */
const COMMAND_TIMEOUT_MS = 240_000;

const { values: options } = parseArgs({
  strict: false,
  options: {
    projects: { type: 'string', default: '1000' },
    'files-per-project': { type: 'string', default: '10' },
    keep: { type: 'boolean', default: false },
  },
});
const PROJECTS = Number(options.projects);
const FILES_PER_PROJECT = Number(options['files-per-project']);
const PREVIEWS = Math.round(PROJECTS * 0.3);
const STABLES = PROJECTS - PREVIEWS;
/** Previews only import stable packages below this index, so planted imports above it make no cycle. */
const PREVIEW_BASE = Math.max(1, Math.floor(STABLES / 7));
if (STABLES - PREVIEW_BASE < 50) throw new Error('--projects must be at least 100, so planted dependencies have distinct stable sources');

/** How many stable -> preview dependencies of each kind are planted; ESLint can only see source imports. */
const PLANTED = { staticImport: 20, dynamicImport: 5, require: 5, dependencies: 5, devDependencies: 3, implicitDependencies: 3 };
const SOURCE_KINDS = ['staticImport', 'dynamicImport', 'require'];

const stableName = (index) => `@bench/s${String(index).padStart(4, '0')}`;
const previewName = (index) => `@bench/p${String(index).padStart(4, '0')}`;

function write(root, file, text) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

function writeRootFiles(root) {
  // Nx reads imports in source files only when the root package.json lists @nx/js (or a similar plugin).
  const devDependencies = { nx: '23.2.1', '@nx/js': '23.2.1' };
  write(root, 'package.json', JSON.stringify({ name: 'bench-root', private: true, type: 'module', workspaces: ['packages/core/*', 'packages/preview/*'], devDependencies }, null, 2));
  write(root, 'nx.json', JSON.stringify({ pluginsConfig: { '@switchyard/incubator': { currentReleaseCycle: 2, maxPreviewAgeCycles: 2 } } }, null, 2));
  write(root, '.gitignore', 'node_modules\n.nx\n');
  write(root, 'blueprints/BP-0001.md', '---\nstatus: approved\n---\n# Bench\n');
  write(root, 'switchyard.toml', 'service_plugins = []\n');
  write(
    root,
    'eslint.config.mjs',
    `import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
export default [
  ...nx.configs['flat/base'],
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      '@nx/enforce-module-boundaries': ['error', {
        enforceBuildableLibDependency: false,
        allow: [],
        depConstraints: [
          { sourceTag: 'stability:stable', onlyDependOnLibsWithTags: ['stability:stable'] },
          { sourceTag: 'stability:preview', onlyDependOnLibsWithTags: ['stability:stable', 'stability:preview'] },
        ],
      }],
    },
  },
];
`,
  );
}

/** Links the repository's node_modules entries, and each generated package under @bench/, as npm workspaces would. */
function linkNodeModules(root, packages) {
  mkdirSync(path.join(root, 'node_modules/@bench'), { recursive: true });
  for (const entry of readdirSync(path.join(repoRoot, 'node_modules'))) {
    if (entry !== '@switchyard' && entry !== '@bench') symlinkSync(path.join(repoRoot, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
  for (const { name, folder } of packages) symlinkSync(path.join('../..', folder), path.join(root, 'node_modules', name));
}

/** Deterministic pseudo-random choice, so every run generates the same workspace. */
function pick(seed, below) {
  return Math.abs((seed * 2654435761) % 2 ** 31) % below;
}

function plan() {
  const stables = Array.from({ length: STABLES }, (_, index) => ({ name: stableName(index), folder: `packages/core/s${String(index).padStart(4, '0')}`, stability: 'stable', index }));
  const previews = Array.from({ length: PREVIEWS }, (_, index) => ({ name: previewName(index), folder: `packages/preview/p${String(index).padStart(4, '0')}`, stability: 'preview', index }));
  // Violators are stable packages from the top of the range: nothing a preview imports depends on them.
  const kinds = Object.entries(PLANTED).flatMap(([kind, count]) => Array.from({ length: count }, () => kind));
  const plantings = kinds.map((kind, offset) => ({ kind, source: stables[STABLES - 1 - offset], target: previews[pick(offset + 7, PREVIEWS)] }));
  return { stables, previews, plantings };
}

function importTargets(project, fileIndex) {
  const seed = project.index * 31 + fileIndex;
  if (project.stability === 'stable') return project.index === 0 ? [] : [stableName(pick(seed, project.index))];
  const targets = [stableName(pick(seed, PREVIEW_BASE))];
  if (project.index > 0) targets.push(previewName(pick(seed + 1, project.index)));
  return targets;
}

function sourceFile(project, fileIndex, planted) {
  const lines = importTargets(project, fileIndex).map((target, n) => `import { value as dep${n} } from '${target}';`);
  if (fileIndex > 0) lines.push(`import { value as local } from './file${fileIndex - 1}.js';`);
  if (planted?.kind === 'staticImport') lines.push(`import { value as planted } from '${planted.target.name}';`);
  if (planted?.kind === 'dynamicImport') lines.push(`export const loadPlanted = () => import('${planted.target.name}');`);
  if (planted?.kind === 'require') lines.push(`import { createRequire } from 'node:module';`, `const require = createRequire(import.meta.url);`, `export const planted = require('${planted.target.name}');`);
  const uses = lines.filter((line) => line.startsWith('import { value')).map((line) => line.match(/as (\w+)/)[1]);
  lines.push(`export const value = ${fileIndex} + ${uses.length > 0 ? uses.map((name) => `Number(${name})`).join(' + ') : '0'};`);
  return `${lines.join('\n')}\n`;
}

function packageJson(project, plantings) {
  const mine = plantings.filter((planting) => planting.source === project);
  const fieldOf = (kind) => Object.fromEntries(mine.filter((planting) => planting.kind === kind).map((planting) => [planting.target.name, '0.1.0']));
  const implicit = mine.filter((planting) => planting.kind === 'implicitDependencies').map((planting) => planting.target.name);
  return {
    name: project.name,
    version: project.stability === 'stable' ? '1.0.0' : '0.1.0',
    type: 'module',
    exports: { '.': './src/index.ts' },
    switchyard: { stability: project.stability, enteredCycle: 1, blueprint: 'BP-0001' },
    nx: { tags: [`stability:${project.stability}`], ...(implicit.length > 0 ? { implicitDependencies: implicit } : {}) },
    dependencies: fieldOf('dependencies'),
    devDependencies: fieldOf('devDependencies'),
  };
}

function writeProject(root, project, plantings) {
  write(root, `${project.folder}/package.json`, JSON.stringify(packageJson(project, plantings), null, 2));
  const banner = project.stability === 'preview' ? '> **⚠ PREVIEW.** May change.\n\n' : '';
  write(root, `${project.folder}/README.md`, `# ${project.name}\n\n${banner}Generated.\n`);
  const inSource = plantings.filter((planting) => planting.source === project && SOURCE_KINDS.includes(planting.kind));
  for (let fileIndex = 0; fileIndex < FILES_PER_PROJECT - 1; fileIndex += 1) {
    write(root, `${project.folder}/src/file${fileIndex}.ts`, sourceFile(project, fileIndex, inSource[fileIndex]));
  }
  write(root, `${project.folder}/src/index.ts`, `export { value } from './file${FILES_PER_PROJECT - 2}.js';\n`);
}

function generate() {
  const root = mkdtempSync(path.join(tmpdir(), 'policy-bench-'));
  const { stables, previews, plantings } = plan();
  writeRootFiles(root);
  for (const project of [...stables, ...previews]) writeProject(root, project, plantings);
  linkNodeModules(root, [...stables, ...previews]);
  spawnSync('git', ['init', '-q'], { cwd: root });
  return { root, plantings };
}

function timed(args, cwd, env = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf-8',
    maxBuffer: 1 << 30,
    timeout: COMMAND_TIMEOUT_MS,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...env },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) throw new Error(`${args.join(' ')} failed after ${seconds.toFixed(0)} s: ${result.error.message}`);
  return { seconds, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** The one graph construction both sides share: it leaves the graph and file map in .nx/workspace-data. */
function buildGraph(root) {
  const script = "import { createProjectGraphAsync } from '@nx/devkit'; await createProjectGraphAsync({ exitOnError: false });";
  const run = timed(['--input-type=module', '-e', script], root);
  if (run.status !== 0) throw new Error(`Nx could not build the project graph: ${run.stderr}`);
  return { seconds: run.seconds };
}

function runPolicyCheck(root, flags) {
  const run = timed([policyCli, '--json', '--timing', ...flags], root);
  if (run.stdout.trim() === '') throw new Error(`The policy check printed nothing (exit ${run.status}): ${run.stderr}`);
  const { findings } = JSON.parse(run.stdout);
  const timing = /timing: snapshot (\d+) ms, rules (\d+) ms/.exec(run.stderr);
  const boundary = findings.filter((finding) => finding.rule === 'no-stable-to-preview');
  return { seconds: run.seconds, snapshotSeconds: Number(timing[1]) / 1000, rulesSeconds: Number(timing[2]) / 1000, all: findings.length, boundary: boundary.length, findings: boundary };
}

/** ESLint's TIMING table prints "Rule | Time (ms) | Relative" rows on stdout; the results go to a file. */
function ruleSeconds(timingTable, rule) {
  const row = timingTable.split('\n').find((line) => line.trim().startsWith(`${rule} `));
  if (!row) throw new Error(`ESLint's TIMING output has no row for ${rule}:\n${timingTable}`);
  return Number(row.split('|')[1].trim()) / 1000;
}

function runEslint(root) {
  const resultsFile = path.join(root, '.eslint-results.json');
  const run = timed([eslintBin, '--format', 'json', '--output-file', resultsFile, '--no-warn-ignored', 'packages'], root, { TIMING: 'all' });
  if (!existsSync(resultsFile)) throw new Error(`ESLint wrote no results (exit ${run.status}): ${run.stderr}`);
  const results = JSON.parse(readFileSync(resultsFile, 'utf-8'));
  const messages = results.flatMap((result) => result.messages.map((message) => ({ ...message, file: result.filePath })));
  const fatal = messages.filter((message) => message.fatal);
  if (fatal.length > 0) throw new Error(`ESLint could not parse ${fatal.length} files, e.g. ${fatal[0].file}: ${fatal[0].message}`);
  const boundary = messages.filter((message) => message.ruleId === '@nx/enforce-module-boundaries');
  return { seconds: run.seconds, rulesSeconds: ruleSeconds(run.stdout, '@nx/enforce-module-boundaries'), files: results.length, boundary: boundary.length };
}

const ratio = (slow, fast) => `${(slow / Math.max(fast, 0.001)).toFixed(1)}x`;
const secs = (seconds) => `${seconds.toFixed(seconds < 1 ? 3 : 1)} s`;

export function printTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) console.log(row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  '));
}

/** Runs part (a) and returns its figures; logs progress as it goes. */
export function benchPolicyVsEslint() {
  if (!existsSync(policyCli)) throw new Error(`${policyCli} is missing; run: NX_DAEMON=false npx nx run @switchyard/incubator:build`);
  const started = process.hrtime.bigint();
  const { root, plantings } = generate();
  const generatedIn = Number(process.hrtime.bigint() - started) / 1e9;
  const planted = plantings.length;
  const plantedInSource = plantings.filter((planting) => SOURCE_KINDS.includes(planting.kind)).length;
  console.log(`Workspace ${root}: ${PROJECTS} projects (${STABLES} stable, ${PREVIEWS} preview), ${PROJECTS * FILES_PER_PROJECT} source files, generated in ${generatedIn.toFixed(1)} s`);
  console.log(`Planted stable -> preview dependencies: ${planted} (${JSON.stringify(PLANTED)}); ${plantedInSource} of them in source files.`);
  try {
    const graph = buildGraph(root);
    console.log(`  graph built once (shared): ${secs(graph.seconds)}`);
    const cached = runPolicyCheck(root, ['--cached-graph']);
    console.log(`  policy check on the cached graph: ${secs(cached.seconds)}`);
    const eslint = runEslint(root);
    console.log(`  ESLint: ${secs(eslint.seconds)}`);
    const recomputed = runPolicyCheck(root, []);
    console.log(`  policy check recomputing the graph: ${secs(recomputed.seconds)}`);
    const kindsSeen = new Set(cached.findings.map((finding) => finding.message.replace(/^.*through (.*?);.*$/, '$1')));
    return { root, planted, graph, cached, recomputed, eslint, kindsSeen: [...kindsSeen].sort() };
  } finally {
    if (options.keep) console.log(`Kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

export function policyRows({ planted, graph, cached, recomputed, eslint }) {
  return [
    ['(a) boundary check, cached graph', 'policy check', 'ESLint (enforce-module-boundaries only)', 'ESLint / check'],
    ['graph construction (shared, once)', secs(graph.seconds), 'same graph, read from .nx', ''],
    ['rules only', secs(cached.rulesSeconds), `${secs(eslint.rulesSeconds)} (rule time; parsing excluded)`, ratio(eslint.rulesSeconds, cached.rulesSeconds)],
    ['rules + reading workspace/graph', secs(cached.snapshotSeconds + cached.rulesSeconds), 'n/a', ''],
    ['end to end (process wall time)', secs(cached.seconds), `${secs(eslint.seconds)} (${eslint.files} files)`, ratio(eslint.seconds, cached.seconds)],
    ['end to end, check recomputing graph', secs(recomputed.seconds), 'n/a (rule needs the graph on disk)', ratio(eslint.seconds, recomputed.seconds)],
    ['stable -> preview violations found', `${cached.boundary} of ${planted}`, `${eslint.boundary} of ${planted}`, ''],
    ['all findings', `${cached.all}`, `${eslint.boundary}`, ''],
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = benchPolicyVsEslint();
  console.log('');
  printTable(policyRows(figures));
  console.log(`\nRoutes the policy check reported: ${figures.kindsSeen.join(' | ')}`);
}
