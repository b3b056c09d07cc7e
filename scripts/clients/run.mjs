// Starts the built switchyard-server on loopback with the harness every test uses, runs the
// OpenStack client drivers against it, and stops it: `node scripts/clients/run.mjs`.
// The server runs in token mode: keystoneauth's `admin_token` plugin sends a fixed X-Auth-Token,
// so the real clients act as an admin and as two projects (tenancy, shared networks); one more
// server in noauth mode checks `--os-auth-type none`, which the README shows operators.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertServerBuilt, freePort, startServerProcess } from '@switchyard/server/testing';
import { IDENTITIES, clientConfig } from './client-config.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
// Debian's interpreter: the clients are installed for it, whatever python3 comes first on PATH.
const python = process.env.SWITCHYARD_CLIENTS_PYTHON ?? '/usr/bin/python3';

const folder = mkdtempSync(path.join(tmpdir(), 'switchyard-clients-'));
let failed = false;
try {
  assertServerBuilt();
  for (const mode of ['token', 'noauth']) {
    failed = (await runMode(mode)) || failed;
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

/** One server in `mode`, the drivers of that mode against it; true when a driver failed. */
async function runMode(mode) {
  const port = await freePort();
  const configPath = path.join(folder, `${mode}.toml`);
  writeFileSync(configPath, await clientConfig({ root, mode }));
  const server = await startServerProcess({
    cwd: folder,
    args: ['--config', configPath, '--port', String(port), '--database-url', 'sqlite::memory:'],
  });
  console.log(`test-clients: ${mode} server at ${server.url}`);
  try {
    const drivers = mode === 'token' ? ['cli.py', 'sdk.py'] : ['noauth.py'];
    let driverFailed = false;
    for (const driver of drivers) driverFailed = (await runDriver(driver, server.url)) || driverFailed;
    return driverFailed;
  } finally {
    const result = await server.stop();
    if (result.stderr.trim() !== '') console.error(`test-clients: ${mode} server stderr:\n${result.stderr}`);
  }
}

function runDriver(driver, url) {
  return new Promise((resolve) => {
    const child = spawn(python, [path.join(here, driver), url], { stdio: 'inherit', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', SWITCHYARD_CLIENT_TOKENS: JSON.stringify(IDENTITIES) } });
    child.on('error', (error) => {
      console.error(`test-clients: cannot run ${python} ${driver}: ${error.message}`);
      resolve(true);
    });
    child.on('close', (code) => resolve(code !== 0));
  });
}
