// `npm run bench`: Switchyard's GET /v2.0/networks?limit=100 (the root switchyard.toml's plugins loaded, 1,000 networks)
// against a bare Fastify + better-sqlite3 app reading the same database file, loopback only.
// Target: Switchyard >= 0.9 x the bare app's req/s, printed as met or not met, never an exit code.
//
// Switchyard runs twice: at log level warn (the quiet run: the framework's own cost) and at info,
// the default users run, with its request log going to a file under os.tmpdir(), not a terminal.
//
// Environment overrides:
//   BENCH_ROUNDS=5          rounds; each runs bare, switchyard warn, switchyard info in turn
//   BENCH_SECONDS=8         seconds of load per app per round
//   BENCH_WARMUP_SECONDS=2  unmeasured load per app before round 1 (0 skips it)
// The defaults take about 2.5 minutes after the build. A check of the script itself:
//   BENCH_ROUNDS=2 BENCH_SECONDS=2 npm run bench
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppProcesses } from '../../../../scripts/bench/apps.mjs';
import { assertRequestsLogged, assertSamePage } from '../../../../scripts/bench/checks.mjs';
import { warmUp } from '../../../../scripts/bench/measure.mjs';
import { runRounds } from '../../../../scripts/bench/rounds.mjs';
import { readRoundSettings } from '../../../../scripts/bench/settings.mjs';
import { printHeader, printRound, printSummary } from './report.mjs';
import { seedNetworks } from './seed-networks.mjs';

const settings = {
  ...readRoundSettings(process.env, { rounds: 5, seconds: 8, warmupSeconds: 2 }),
  networks: 1000,
  pageSize: 100,
  path: '/v2.0/networks?limit=100',
  connections: 10,
  target: 0.9,
};
const bareApp = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bare-app.mjs');
const workDir = mkdtempSync(path.join(tmpdir(), 'switchyard-bench-'));
const infoLog = path.join(workDir, 'switchyard-info.log');
const processes = new AppProcesses(workDir);
// Without this, Ctrl-C would leave the database and the request log behind in os.tmpdir().
process.once('SIGINT', () => cleanUp().then(() => process.exit(130)));

try {
  const apps = await startApps();
  const pluginAttributes = await assertSamePage(apps, settings);
  assertRequestsLogged(infoLog);
  printHeader(apps, settings, pluginAttributes);
  await warmUp(apps, settings);
  const rounds = await runRounds(apps, settings, (round, index) => printRound(apps, round, index));
  printSummary(apps, rounds, settings, { infoLogBytes: statSync(infoLog).size });
} finally {
  await cleanUp();
}

/** Seeds through the quiet Switchyard; the others start after, on the finished database. */
async function startApps() {
  const warnUrl = await processes.startSwitchyard({ logLevel: 'warn' });
  await seedNetworks(warnUrl, settings.networks);
  const infoUrl = await processes.startSwitchyard({ logLevel: 'info', logFile: infoLog });
  const bareUrl = await processes.startBare(bareApp);
  return [
    { key: 'bare', label: 'bare fastify+sqlite', url: bareUrl },
    { key: 'warn', label: 'switchyard, log warn', url: warnUrl, baseline: 'bare' },
    { key: 'info', label: 'switchyard, log info', url: infoUrl, baseline: 'bare' },
  ];
}

async function cleanUp() {
  await processes.stopAll();
  rmSync(workDir, { recursive: true, force: true });
}
