/**
 * npm run bench:replicas: GET and POST throughput through HAProxy with 1 replica, then with 3,
 * on one PostgreSQL database, printed side by side with the 3/1 ratio. On 2 cores the gain is
 * bounded (PostgreSQL, HAProxy and the load generator share them); it must not be a loss.
 * BENCH_ROUNDS (default 3), BENCH_SECONDS (default 8) and BENCH_CONNECTIONS (default 32) change the runs.
 */
import autocannon from 'autocannon';
import { freePort } from '@switchyard/server/testing';
import { Client } from './client.js';
import { Cluster } from './cluster.js';
import { startHaproxy } from './haproxy.js';
import { installedPlugins } from './installed-plugins.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const HEADERS = { 'x-project-id': 'bench', 'content-type': 'application/json' };

interface Throughput {
  get: number;
  post: number;
}

async function measure(url: string, method: 'GET' | 'POST', path: string, body?: string): Promise<number> {
  const result = await autocannon({ url: `${url}${path}`, method, headers: HEADERS, body, connections: CONNECTIONS, duration: SECONDS });
  // A failed request voids the run instead of flattering the numbers.
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${method} ${path}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.average;
}

/**
 * One cluster of 3 replicas with two HAProxy frontends: one balancing over all three, one sending
 * everything to the first. Rounds alternate between them, so both see the same machine: on a
 * shared 2-core host the load of other processes changes from minute to minute.
 */
async function bench(databaseUrl: string, rounds: number): Promise<{ one: Throughput[]; three: Throughput[] }> {
  const cluster = new Cluster({ databaseUrl, replicas: 3, plugins: await installedPlugins(ROOT) });
  const results = { one: [] as Throughput[], three: [] as Throughput[] };
  try {
    await cluster.start();
    const single = await startHaproxy(cluster.folder, await freePort(), cluster.replicas.slice(0, 1), 'haproxy-one');
    try {
      const created = await new Client(cluster.url, 'bench').send('POST', '/v2.0/networks', { network: { name: 'shown' } });
      const shown = `/v2.0/networks/${created.body.network.id as string}`;
      // Unmeasured: JIT and connection pools of every replica warm up first.
      await autocannon({ url: `${cluster.url}${shown}`, headers: HEADERS, connections: CONNECTIONS, duration: 3 });
      for (let round = 0; round < rounds; round++) {
        results.one.push(await throughput(single.url, shown));
        results.three.push(await throughput(cluster.url, shown));
      }
    } finally {
      await single.stop();
    }
  } finally {
    await cluster.stop();
  }
  return results;
}

async function throughput(url: string, shown: string): Promise<Throughput> {
  const get = await measure(url, 'GET', shown);
  const post = await measure(url, 'POST', '/v2.0/networks', JSON.stringify({ network: { name: 'bench' } }));
  return { get, post };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const databaseUrl = process.env.SWITCHYARD_REPLICAS_DATABASE_URL;
if (databaseUrl === undefined) throw new Error('SWITCHYARD_REPLICAS_DATABASE_URL is not set; run npm run bench:replicas');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const runs = await bench(databaseUrl, ROUNDS);
const pick = (results: Throughput[], key: keyof Throughput) => median(results.map((result) => result[key]));
const one = { get: pick(runs.one, 'get'), post: pick(runs.one, 'post') };
const three = { get: pick(runs.three, 'get'), post: pick(runs.three, 'post') };
/** The 3/1 ratio of each alternating round: their spread says how much the machine's load moved. */
const spread = (key: keyof Throughput) => {
  const ratios = runs.one.map((round, index) => runs.three[index][key] / round[key]);
  return `${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}`;
};
const row = (label: string, key: keyof Throughput) =>
  `${label.padEnd(28)} ${one[key].toFixed(0).padStart(10)} ${three[key].toFixed(0).padStart(10)} ${(three[key] / one[key]).toFixed(2).padStart(8)} ${spread(key).padStart(12)}${three[key] < one[key] ? '  (a loss)' : ''}`;
process.stdout.write(
  [
    `bench:replicas: median of ${ROUNDS} alternating rounds, ${SECONDS} s per run, ${CONNECTIONS} connections, through HAProxy (requests/s)`,
    `${''.padEnd(28)} ${'1 replica'.padStart(10)} ${'3 replicas'.padStart(10)} ${'3/1'.padStart(8)} ${'per round'.padStart(12)}`,
    row('GET /v2.0/networks/{id}', 'get'),
    row('POST /v2.0/networks', 'post'),
    '',
  ].join('\n'),
);
