// `npm run bench`: Switchyard's `GET /v2.0/networks?limit=100` (all plugins loaded, 1,000
// networks) against a bare Fastify + better-sqlite3 app reading the same database file,
// side by side in one run, loopback only, bounded in time. Target: ratio >= 0.9.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverBin = path.resolve(here, '../dist/bin.js');
const NETWORKS = 1000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 10;
const PATH = '/v2.0/networks?limit=100';

const workDir = mkdtempSync(path.join(tmpdir(), 'switchyard-bench-'));
const databaseFile = path.join(workDir, 'switchyard.db');
const children = [];

try {
  const switchyard = await startSwitchyard();
  await seedNetworks(switchyard.url);
  const barePort = await freePort();
  const bare = await startProcess([path.join(here, 'bare-app.mjs'), databaseFile, String(barePort)], barePort);
  await assertSameBody(switchyard.url, bare.url);
  const results = { bare: [], switchyard: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    results.bare.push(await load(bare.url));
    results.switchyard.push(await load(switchyard.url));
  }
  report(results);
} finally {
  for (const child of children) child.kill('SIGTERM');
  rmSync(workDir, { recursive: true, force: true });
}

async function startSwitchyard() {
  const configFile = path.join(workDir, 'switchyard.toml');
  writeFileSync(
    configFile,
    [
      'service_plugins = ["firewall"]',
      '[server]',
      'log_level = "warn"',
      '[database]',
      'url = "sqlite:switchyard.db"',
      '[preview]',
      'enabled = ["firewall"]',
      '',
    ].join('\n'),
  );
  const port = await freePort();
  return startProcess([serverBin, '--config', configFile, '--port', String(port)], port);
}

/** Starts a node process and waits until it answers HTTP on its port. */
async function startProcess(args, port) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${args[0]} exited with ${child.exitCode}: ${errors}`);
    const answered = await fetch(`${url}/`).then(
      () => true,
      () => false,
    );
    if (answered) return { url };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${args[0]} did not answer on ${url} within 30 s: ${errors}`);
}

async function seedNetworks(url) {
  const create = (index) =>
    fetch(`${url}/v2.0/networks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ network: { name: `net-${String(index).padStart(4, '0')}` } }),
    }).then((response) => {
      if (response.status !== 201) throw new Error(`seeding failed: HTTP ${response.status}`);
    });
  for (let start = 0; start < NETWORKS; start += 50) {
    await Promise.all(Array.from({ length: 50 }, (_, offset) => create(start + offset)));
  }
}

/** Both apps must serve the same page, or the comparison means nothing. */
async function assertSameBody(switchyardUrl, bareUrl) {
  const [ours, theirs] = await Promise.all([switchyardUrl, bareUrl].map((url) => fetch(url + PATH).then((r) => r.json())));
  if (ours.networks.length !== 100 || !isDeepStrictEqual(ours.networks, theirs.networks)) {
    throw new Error('Switchyard and the bare app returned different pages; fix the baseline before comparing.');
  }
}

async function load(url) {
  const result = await autocannon({ url: url + PATH, connections: CONNECTIONS, duration: SECONDS });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99 };
}

function report(results) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const summary = (runs) => ({
    requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
    p99: median(runs.map((run) => run.p99)),
  });
  const bare = summary(results.bare);
  const ours = summary(results.switchyard);
  console.log(`GET ${PATH} over ${NETWORKS} networks, ${CONNECTIONS} connections, ${ROUNDS} x ${SECONDS}s each, median of rounds`);
  console.log('app                       req/s    p99 ms');
  console.log(`bare fastify+sqlite  ${bare.requestsPerSecond.toFixed(0).padStart(10)} ${String(bare.p99).padStart(9)}`);
  console.log(`switchyard           ${ours.requestsPerSecond.toFixed(0).padStart(10)} ${String(ours.p99).padStart(9)}`);
  const ratio = ours.requestsPerSecond / bare.requestsPerSecond;
  console.log(`ratio switchyard/bare: ${ratio.toFixed(2)} (target >= 0.90) ${ratio >= 0.9 ? 'MET' : 'NOT MET'}`);
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
