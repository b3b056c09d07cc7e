// `npx nx run @switchyard/firewall:bench`: the figures BP-0002's graduation criteria bound, which
// `promote firewall` reads from the last line (one JSON object).
//   - POST /v2.0/fwaas/evaluate latency, p50 and p99 in ms: one request at a time, the port's policy
//     holding 100 rules and only its last one matching, so every evaluation walks the whole policy;
//   - GET /v2.0/fwaas/firewall_rules?limit=100 over 1,000 rules, req/s against a bare Fastify +
//     better-sqlite3 app reading the same database file, as paired rounds (scripts/bench, the
//     helpers the server's `npm run bench` uses too: same processes, rounds and ratios).
// Only the firewall plugin is loaded, whatever the workspace's switchyard.toml lists.
//
// Environment overrides: BENCH_ROUNDS=3, BENCH_SECONDS=4 (list load per app per round),
// BENCH_WARMUP_SECONDS=1, BENCH_EVALUATIONS=600 (per round). About 40 s after the build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppProcesses } from '../../../../scripts/bench/apps.mjs';
import { assertSamePage } from '../../../../scripts/bench/checks.mjs';
import { describeLoad } from '../../../../scripts/bench/load.mjs';
import { warmUp } from '../../../../scripts/bench/measure.mjs';
import { runRounds } from '../../../../scripts/bench/rounds.mjs';
import { readRoundSettings, readWholeNumber } from '../../../../scripts/bench/settings.mjs';
import { median, pairedRatios, percentile, summarizeRatios } from '../../../../scripts/bench/statistics.mjs';
import { timeEvaluations } from './evaluate-latency.mjs';
import { evaluatedPacket, seedFirewall } from './seed-firewall.mjs';

const settings = {
  ...readRoundSettings(process.env, { rounds: 3, seconds: 4, warmupSeconds: 1 }),
  evaluations: readWholeNumber(process.env, 'BENCH_EVALUATIONS', 600, 1),
  connections: 10,
  rules: 1000,
  policyRules: 100,
  pageSize: 100,
  path: '/v2.0/fwaas/firewall_rules?limit=100',
  collection: 'firewall_rules',
};
const bareRulesApp = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bare-rules-app.mjs');
const workDir = mkdtempSync(path.join(tmpdir(), 'switchyard-firewall-bench-'));
const processes = new AppProcesses(workDir);
process.once('SIGINT', () => cleanUp().then(() => process.exit(130)));

try {
  const switchyardUrl = await processes.startSwitchyard({ logLevel: 'warn', plugins: { servicePlugins: ['firewall'], previewEnabled: ['firewall'] }, unlimited: ['firewall_rule'] });
  const portId = await seedFirewall(switchyardUrl, settings);
  const apps = [
    { key: 'bare', label: 'bare fastify+sqlite', url: await processes.startBare(bareRulesApp) },
    { key: 'switchyard', label: 'switchyard firewall', url: switchyardUrl, baseline: 'bare' },
  ];
  await assertSamePage(apps, settings);
  printHeader(settings);
  await warmUp(apps, settings);
  await timeEvaluations(switchyardUrl, evaluatedPacket(portId), Math.min(200, settings.evaluations));
  const latencies = [];
  const rounds = await runRoundsWithEvaluations(apps, switchyardUrl, evaluatedPacket(portId), latencies);
  printFigures(figuresOf(rounds, latencies));
} finally {
  await cleanUp();
}

/** Each round: the list on both apps in turn (the shared helper), then its share of evaluations. */
async function runRoundsWithEvaluations(apps, url, packet, latencies) {
  const rounds = [];
  for (let index = 0; index < settings.rounds; index += 1) {
    const [round] = await runRounds(apps, { ...settings, rounds: 1 }, () => undefined);
    const durations = await timeEvaluations(url, packet, settings.evaluations);
    latencies.push(...durations);
    rounds.push(round);
    console.log(
      `${String(index + 1).padEnd(6)}| ${cell(round.bare.requestsPerSecond.toFixed(0))} | ${cell(round.switchyard.requestsPerSecond.toFixed(0))} | ` +
        `${cell((round.switchyard.requestsPerSecond / round.bare.requestsPerSecond).toFixed(2))} | ${cell(percentile(durations, 0.5).toFixed(2))} | ${cell(percentile(durations, 0.99).toFixed(2))}`,
    );
  }
  return rounds;
}

function figuresOf(rounds, latencies) {
  const ratio = summarizeRatios(pairedRatios(rounds, 'switchyard', 'bare'));
  return {
    evaluate_p50_ms: round3(percentile(latencies, 0.5)),
    evaluate_p99_ms: round3(percentile(latencies, 0.99)),
    evaluations: latencies.length,
    list_ratio_vs_bare: round3(ratio.median),
    list_ratio_min: round3(ratio.min),
    list_ratio_max: round3(ratio.max),
    list_requests_per_second: Math.round(median(rounds.map((round) => round.switchyard.requestsPerSecond))),
    bare_list_requests_per_second: Math.round(median(rounds.map((round) => round.bare.requestsPerSecond))),
  };
}

function printHeader({ rules, policyRules, path: listPath, connections, rounds, seconds, evaluations }) {
  console.log(`firewall bench: GET ${listPath} over ${rules} rules (${connections} connections), POST /v2.0/fwaas/evaluate through a ${policyRules}-rule policy (one at a time)`);
  console.log(`${rounds} rounds: ${seconds} s of list load per app, then ${evaluations} evaluations; load average at start: ${describeLoad()}`);
  console.log('');
  console.log(`round | ${cell('bare r/s')} | ${cell('fw r/s')} | ${cell('ratio')} | ${cell('eval p50')} | ${cell('eval p99')}`);
}

function printFigures(figures) {
  console.log('');
  console.log(`evaluate latency: p50 ${figures.evaluate_p50_ms} ms, p99 ${figures.evaluate_p99_ms} ms over ${figures.evaluations} evaluations`);
  console.log(`list req/s vs bare: median ${figures.list_ratio_vs_bare} (${figures.list_ratio_min}-${figures.list_ratio_max}) of ${settings.rounds} paired rounds`);
  console.log(`load average at end: ${describeLoad()}`);
  // Last, on one line: promote's graduation check reads the last JSON object a bench prints.
  console.log(JSON.stringify(figures));
}

function cell(text) {
  return String(text).padStart(9);
}

function round3(value) {
  return Math.round(value * 1000) / 1000;
}

async function cleanUp() {
  await processes.stopAll();
  rmSync(workDir, { recursive: true, force: true });
}
