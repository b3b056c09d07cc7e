// npm start [-- <server flags>]: builds what the config it starts with needs, then serves it.
// The server is built first so that its own config reader (the one `switchyard-server` uses)
// reads ./switchyard.toml, or the file --config (or SWITCHYARD_CONFIG) names: a bad file stops here with the server's
// message. Then every workspace package `service_plugins` names is built, with the CLI (and the
// dashboard when [dashboard] enabled), and the server starts with the same flags. Plugins that are not workspace packages are the operator's
// install; the server names any that is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = '@switchyard/server';
const CLI = '@switchyard/cli';
const DASHBOARD = '@switchyard/dashboard';

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Workspace package name -> its folder, from the root package.json's `workspaces` (`dir/*` globs). */
function workspacePackages() {
  const packages = new Map();
  for (const pattern of readJson(path.join(root, 'package.json')).workspaces ?? []) {
    const folders = pattern.endsWith('/*') ? readdirSync(path.join(root, pattern.slice(0, -2))).map((entry) => path.join(pattern.slice(0, -2), entry)) : [pattern];
    for (const folder of folders) {
      const manifest = path.join(root, folder, 'package.json');
      if (existsSync(manifest)) packages.set(readJson(manifest).name, path.join(root, folder));
    }
  }
  return packages;
}

function build(projects) {
  const nx = spawnSync('npx', ['nx', 'run-many', '-t', 'build', `--projects=${projects.join(',')}`, '--output-style=static'], {
    cwd: root,
    stdio: 'inherit',
    env: { NX_DAEMON: 'false', ...process.env },
  });
  if (nx.status !== 0) process.exit(nx.status ?? 1);
}

/** The server's package name for a `service_plugins` entry (`firewall` means @switchyard/firewall). */
function packageNameFor(entry) {
  return entry.startsWith('@') && entry.includes('/') ? entry : `@switchyard/${entry}`;
}

/** The config as the server reads it (its flags, variables and defaults included); exits with its message when refused. */
async function readConfig(serverFolder, args) {
  const { loadConfig } = await import(pathToFileURL(path.join(serverFolder, 'dist/index.js')).href);
  try {
    return loadConfig({ argv: args, env: process.env, cwd: process.cwd() });
  } catch (error) {
    console.error(`npm start: ${error.message}`);
    process.exit(1);
  }
}

/**
 * npm links a workspace's bins at install time only if their files exist, and a clean clone has
 * no dist yet: once built, link what is missing (`npx switchyard` would otherwise ask the registry).
 */
function linkBins(packages, names) {
  const unlinked = names.filter((name) =>
    Object.keys(readJson(path.join(packages.get(name), 'package.json')).bin ?? {}).some((bin) => !existsSync(path.join(root, 'node_modules/.bin', bin))),
  );
  if (unlinked.length === 0) return;
  const npm = spawnSync('npm', ['rebuild', ...unlinked, '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (npm.status !== 0) process.exit(npm.status ?? 1);
}

function serve(serverFolder, args) {
  const bin = readJson(path.join(serverFolder, 'package.json')).bin['switchyard-server'];
  const server = spawn(process.execPath, [path.join(serverFolder, bin), ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// Without --config the server reads ./switchyard.toml, the workspace's own (npm runs this from the root).
const args = process.argv.slice(2);
const packages = workspacePackages();
build([SERVER]);
const config = await readConfig(packages.get(SERVER), args);
const plugins = config.servicePlugins.map(packageNameFor).filter((name) => packages.has(name));
const dashboard = config.dashboard?.enabled && packages.has(DASHBOARD) ? [DASHBOARD] : [];
build([SERVER, CLI, ...dashboard, ...plugins]);
linkBins(packages, [SERVER, CLI]);
serve(packages.get(SERVER), args);
