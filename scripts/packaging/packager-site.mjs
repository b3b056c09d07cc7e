import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * A packager's folder: a package.json, whatever they `npm install` from the local registry,
 * a switchyard.toml, and the installed `switchyard-server` binary started from it.
 */
export function createSite(root) {
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'packager-site', version: '1.0.0', private: true }, null, 2));
  return {
    root,
    npm: (...args) => run('npm', args, root),
    installed: (scope) => readdirSync(path.join(root, 'node_modules', scope)).sort(),
    readJson: (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8')),
    writeConfig: (toml) => writeFileSync(path.join(root, 'switchyard.toml'), toml),
    /** Runs the server to completion: for start-ups that must be refused. */
    refusedStart: () => run(process.execPath, [serverBin(root), '--config', 'switchyard.toml', '--port', '1'], root),
    startServer: () => startServer(root),
  };
}

/** Runs a command to completion; output keeps stdout and stderr apart. */
export function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: process.env, timeout: 540_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}${result.stderr}` };
}

function serverBin(root) {
  return path.join(root, 'node_modules', '@switchyard', 'server', 'dist', 'bin.js');
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts the installed server and waits until it answers; `stop()` ends it and returns its log lines. */
async function startServer(root) {
  const port = await freePort();
  const child = spawn(process.execPath, [serverBin(root), '--config', 'switchyard.toml', '--port', String(port)], { cwd: root, env: process.env });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`switchyard-server exited with ${child.exitCode}:\n${log}`);
    if (await fetch(`${url}/`).then(() => true, () => false)) break;
    if (attempt > 150) {
      child.kill();
      throw new Error(`switchyard-server did not answer on ${url} within 30 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    get: (pathname) => fetch(`${url}${pathname}`),
    post: (pathname, body) => fetch(`${url}${pathname}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      return log
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line));
    },
  };
}
