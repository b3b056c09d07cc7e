/**
 * npm run test:replicas (scripts/test-replicas.sh starts PostgreSQL and installs HAProxy first):
 * three replicas on one database behind HAProxy, a mixed workload through it, one replica
 * SIGKILLed mid-run and restarted, then a rolling restart with SIGTERM. Exits 1 naming every
 * check that failed.
 */
import { openDatabase } from '@switchyard/db';
import { brokenInvariants, duplicateAddresses, failures, missingWrites, unexplainedFailures } from './checks.js';
import { Client } from './client.js';
import { Cluster } from './cluster.js';
import { installedPlugins } from './installed-plugins.js';
import { Workload } from './workload.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => process.stdout.write(`test-replicas: ${line}\n`);

async function main(databaseUrl: string): Promise<string[]> {
  const plugins = await installedPlugins(ROOT);
  const firewall = plugins.find((plugin) => plugin.service === 'firewall');
  log(`plugins: ${plugins.map((plugin) => `${plugin.service} (${plugin.stability})`).join(', ') || 'none'}`);
  const cluster = new Cluster({ databaseUrl, replicas: 3, plugins });
  try {
    await cluster.start();
    log(`3 replicas started at once behind HAProxy at ${cluster.url}`);
    return await exercise(cluster, databaseUrl, firewall === undefined ? undefined : '/v2.0/fwaas');
  } finally {
    await cluster.stop();
  }
}

async function exercise(cluster: Cluster, databaseUrl: string, firewallPath: string | undefined): Promise<string[]> {
  const setup = new Client(cluster.url, 'replicas');
  const race = await setup.send('POST', '/v2.0/networks', { network: { name: 'race' } });
  const raceNetworkId = race.body.network.id as string;
  await setup.send('POST', '/v2.0/subnets', { subnet: { network_id: raceNetworkId, cidr: '10.200.0.0/22', ip_version: 4 } });
  const problems = failures(setup.exchanges).map((exchange) => `set-up ${exchange.method} ${exchange.path} answered ${exchange.status}`);
  const options = { url: cluster.url, workers: 6, raceNetworkId, firewallPath };

  const killPhase = new Workload(options);
  killPhase.start();
  await sleep(3000);
  const victim = cluster.replicas[1];
  const killedAt = Date.now();
  cluster.kill(victim);
  log(`SIGKILLed ${victim.name}`);
  await sleep(1000);
  await cluster.startReplica(victim);
  await cluster.waitUntilBalanced();
  log(`restarted ${victim.name}`);
  await sleep(2000);
  await killPhase.stop();
  const killFailures = failures(killPhase.exchanges);
  const inFlight = killFailures.filter((exchange) => exchange.startedAt <= killedAt).length;
  log(
    `kill phase: ${killPhase.exchanges.length} requests, ${killFailures.length} failed on ${victim.name}: ` +
      `${inFlight} in flight at the kill, ${killFailures.length - inFlight} sent before HAProxy marked it down`,
  );
  const unexplained = unexplainedFailures(killPhase.exchanges, killedAt, victim.name);
  problems.push(...unexplained.map((exchange) => `kill phase (${exchange.startedAt - killedAt}..${exchange.endedAt - killedAt} ms after the kill): ${describe(exchange)}`));

  const rollingPhase = new Workload(options);
  rollingPhase.start();
  await sleep(1000);
  for (const replica of cluster.replicas) {
    const code = await cluster.stopReplica(replica);
    if (code !== 0) problems.push(`rolling restart: ${replica.name} exited with ${code} on SIGTERM`);
    await cluster.startReplica(replica);
    await cluster.waitUntilBalanced();
    log(`rolling restart: ${replica.name} stopped (exit ${code}) and started`);
  }
  await sleep(1000);
  await rollingPhase.stop();
  const rollingFailures = failures(rollingPhase.exchanges);
  log(`rolling restart: ${rollingPhase.exchanges.length} requests, ${rollingFailures.length} failed`);
  problems.push(...rollingFailures.map((exchange) => `rolling restart: ${describe(exchange)}`));

  problems.push(...(await verify(cluster.url, databaseUrl, raceNetworkId, firewallPath !== undefined, [killPhase, rollingPhase])));
  return problems;
}

async function verify(url: string, databaseUrl: string, raceNetworkId: string, withFirewall: boolean, phases: Workload[]): Promise<string[]> {
  const problems: string[] = [];
  for (const phase of phases) problems.push(...(await missingWrites(url, phase.acknowledged)));
  const ports = await new Client(url, 'replicas').send('GET', `/v2.0/ports?network_id=${raceNetworkId}`);
  problems.push(...duplicateAddresses(ports.body.ports).map((address) => `address ${address} is held twice`));
  const database = await openDatabase({ url: databaseUrl });
  try {
    for (const [rule, rows] of Object.entries(await brokenInvariants(database.db, withFirewall))) {
      problems.push(`${rule}: ${JSON.stringify(rows.slice(0, 5))}`);
    }
  } finally {
    await database.close();
  }
  const acknowledged = phases.reduce((sum, phase) => sum + phase.acknowledged.present.size + phase.acknowledged.deleted.size, 0);
  log(`checked ${acknowledged} acknowledged writes, ${ports.body.ports.length} racing ports, the database's invariants`);
  return problems;
}

function describe(exchange: { method: string; path: string; status: number; replica: string; body: unknown }): string {
  return `${exchange.method} ${exchange.path} -> ${exchange.status} from ${exchange.replica || '?'}: ${JSON.stringify(exchange.body).slice(0, 200)}`;
}

const databaseUrl = process.env.SWITCHYARD_REPLICAS_DATABASE_URL;
if (databaseUrl === undefined) throw new Error('SWITCHYARD_REPLICAS_DATABASE_URL is not set; run npm run test:replicas');
const problems = await main(databaseUrl);
if (problems.length > 0) {
  process.stderr.write(`test-replicas: ${problems.length} problems:\n${problems.map((problem) => `  ${problem}`).join('\n')}\n`);
  process.exit(1);
}
log('passed');
