// The processes under test, shared by the server's `npm run bench` and each service's `bench`
// target. Each app is its own child process on a loopback port, so the load generator in the bench
// process never shares an event loop with the app it measures.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverBin = path.resolve(here, '../../packages/core/server/dist/bin.js');
/** The workspace's own config (npm start's): the bench loads the plugins it loads, whichever they are today. */
const workspaceConfig = path.resolve(here, '../../switchyard.toml');
const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 12_000;

export class AppProcesses {
  #children = [];
  #workDir;

  constructor(workDir) {
    this.#workDir = workDir;
  }

  /** The database file Switchyard creates and migrates; the bare app only reads it. */
  get databaseFile() {
    return path.join(this.#workDir, 'switchyard.db');
  }

  /**
   * Switchyard from the built dist, started as users start it. With `logFile`, pino's JSON
   * lines (stdout) go to that file: a real write per line, but no terminal to slow it down.
   * `plugins` (`{ servicePlugins, previewEnabled }`) replaces the workspace config's, for a
   * service's own bench that loads only that service. `unlimited` names the resources (quota
   * keys) the seed creates more of than a project's default quota allows.
   */
  async startSwitchyard({ logLevel, logFile, plugins = workspacePlugins(), unlimited = ['network'] }) {
    const port = await freePort();
    const args = [serverBin, '--config', this.#writeConfig(plugins, unlimited), '--port', String(port), '--log-level', logLevel];
    const stdout = logFile === undefined ? 'ignore' : openSync(logFile, 'a');
    try {
      return await this.#start(args, port, stdout);
    } finally {
      if (typeof stdout === 'number') closeSync(stdout);
    }
  }

  /** A bare baseline `script` (`node <script> <database file> <port>`) reading Switchyard's database file. */
  async startBare(script) {
    const port = await freePort();
    return this.#start([script, this.databaseFile, String(port)], port, 'ignore');
  }

  /** SIGTERM lets Switchyard close its database; SIGKILL only if it hangs. */
  async stopAll() {
    await Promise.all(this.#children.map(stop));
  }

  #writeConfig({ servicePlugins, previewEnabled }, unlimited) {
    const configFile = path.join(this.#workDir, 'switchyard.toml');
    const list = (names) => `[${names.map((name) => JSON.stringify(name)).join(', ')}]`;
    // The seed puts every item in one project, often ten times Neutron's default quota.
    const quotas = ['[quotas]', ...unlimited.map((resource) => `${resource} = -1`)];
    const lines = [`service_plugins = ${list(servicePlugins)}`, '[database]', 'url = "sqlite:switchyard.db"', ...quotas, '[preview]', `enabled = ${list(previewEnabled)}`];
    writeFileSync(configFile, [...lines, ''].join('\n'));
    return configFile;
  }

  async #start(args, port, stdout) {
    const child = spawn(process.execPath, args, { stdio: ['ignore', stdout, 'pipe'] });
    this.#children.push(child);
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${path.basename(args[0])} exited with ${child.exitCode}: ${errors}`);
      if (await answers(url)) return url;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${path.basename(args[0])} did not answer on ${url} within ${STARTUP_TIMEOUT_MS / 1000} s: ${errors}`);
  }
}

function workspacePlugins() {
  const { service_plugins: servicePlugins = [], preview = {} } = parse(readFileSync(workspaceConfig, 'utf8'));
  return { servicePlugins, previewEnabled: preview.enabled ?? [] };
}

function answers(url) {
  return fetch(`${url}/`).then(
    () => true,
    () => false,
  );
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
