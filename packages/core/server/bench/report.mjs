// What the bench prints: a header, one line per round as it ends, then the paired ratios
// against the target. The target is reported, never enforced; bench numbers are too noisy to gate on.
import { describeLoad } from '../../../../scripts/bench/load.mjs';
import { median, pairedRatios, summarizeRatios } from '../../../../scripts/bench/statistics.mjs';

const CELL = 8;
/** A spread wider than this means the machine, not the code, moved the numbers. */
const NOISY_SPREAD = 0.1;

export function printHeader(apps, settings, pluginAttributes) {
  const { path, networks, connections, rounds, seconds, warmupSeconds } = settings;
  console.log(`GET ${path} over ${networks} networks, ${connections} connections, loopback`);
  if (pluginAttributes.length > 0) console.log(`switchyard's pages also carry what its plugins add: ${pluginAttributes.join(', ')} (the bare app serves the core's attributes)`);
  const warmUp = warmupSeconds === 0 ? 'no warm-up' : `after ${warmupSeconds} s warm-up each`;
  console.log(`${rounds} rounds x ${seconds} s per app, apps taking turns within each round, ${warmUp}`);
  console.log(`load average at start: ${describeLoad()}`);
  console.log('');
  console.log(['      ', ...apps.map((app) => app.label.padStart(groupWidth(app)))].join(' | '));
  console.log(['round ', ...apps.map((app) => columnNames(app).join('').padStart(groupWidth(app)))].join(' | '));
}

export function printRound(apps, round, index) {
  console.log([String(index + 1).padEnd(6), ...apps.map((app) => roundCells(app, round).padStart(groupWidth(app)))].join(' | '));
}

export function printSummary(apps, rounds, settings, { infoLogBytes }) {
  console.log(['median', ...apps.map((app) => medianCells(app, rounds).padStart(groupWidth(app)))].join(' | '));
  console.log('');
  console.log(`switchyard/bare req/s: median of ${rounds.length} paired rounds (min-max of the per-round ratios)`);
  const spreads = apps.filter((app) => app.baseline).map((app) => printRatio(app, rounds, settings.target));
  console.log(`request log at info: ${(infoLogBytes / 1e6).toFixed(1)} MB of JSON lines written to a file under os.tmpdir()`);
  console.log(`load average at end: ${describeLoad()}`);
  if (Math.max(...spreads) > NOISY_SPREAD) {
    const advice = 'rerun when `uptime` shows little load';
    console.log(`note: a spread over ${NOISY_SPREAD.toFixed(2)} means the machine was busy; ${advice}`);
  }
}

function printRatio(app, rounds, target) {
  const ratio = summarizeRatios(pairedRatios(rounds, app.key, app.baseline));
  const verdict = ratio.median >= target ? 'met' : 'NOT met';
  const spread = `(${ratio.min.toFixed(2)}-${ratio.max.toFixed(2)})`;
  console.log(`  ${app.label.padEnd(22)} ${ratio.median.toFixed(2)} ${spread}  target >= ${target.toFixed(2)}: ${verdict}`);
  return ratio.max - ratio.min;
}

function columnNames(app) {
  return ['req/s', 'p99 ms', ...(app.baseline ? ['ratio'] : [])].map((name) => name.padStart(CELL));
}

/** Wide enough for the app's label and its columns, whichever is longer. */
function groupWidth(app) {
  return Math.max(app.label.length, columnNames(app).join('').length);
}

function roundCells(app, round) {
  const { requestsPerSecond, p99 } = round[app.key];
  const ratio = app.baseline ? [requestsPerSecond / round[app.baseline].requestsPerSecond] : [];
  return formatCells(requestsPerSecond, p99, ratio);
}

function medianCells(app, rounds) {
  const requestsPerSecond = median(rounds.map((round) => round[app.key].requestsPerSecond));
  const p99 = median(rounds.map((round) => round[app.key].p99));
  const ratio = app.baseline ? [median(pairedRatios(rounds, app.key, app.baseline))] : [];
  return formatCells(requestsPerSecond, p99, ratio);
}

function formatCells(requestsPerSecond, p99, ratio) {
  const cells = [requestsPerSecond.toFixed(0), String(p99), ...ratio.map((value) => value.toFixed(2))];
  return cells.map((cell) => cell.padStart(CELL)).join('');
}
