import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CORE_INVARIANTS, findInconsistencies } from './consistency.js';
import { type ScratchDatabase, createScratchDatabase } from './scratch-database.js';
import { type ServerPair, Traffic, jitter, startServerPair } from './two-servers.js';

/**
 * Two server processes on one Postgres database, with requests that race on the same resources
 * spread over both. Whatever wins, every answer is a 2xx or a NeutronError 4xx the client can act
 * on (never a 5xx), and the database is left consistent: no orphan rows, no address twice.
 */
let scratch: ScratchDatabase;
let servers: ServerPair;
let traffic: Traffic;
/** Every test's outcomes, tallied at the end to show that the races really ran. */
const tally: Record<string, number> = {};

beforeAll(async () => {
  scratch = await createScratchDatabase('switchyard_concurrency');
  servers = await startServerPair(scratch.url);
}, 60_000);
afterAll(async () => {
  await servers?.stop();
  await scratch?.drop();
});

/** Runs `rounds` independent rounds, `parallel` at a time. */
async function inRounds(rounds: number, parallel: number, round: (index: number) => Promise<void>): Promise<void> {
  for (let start = 0; start < rounds; start += parallel) {
    await Promise.all(Array.from({ length: Math.min(parallel, rounds - start) }, (_, offset) => round(start + offset)));
  }
}

async function network(name: string): Promise<string> {
  return (await traffic.must('POST', '/v2.0/networks', { network: { name } })).network.id;
}

async function subnet(networkId: string, cidr: string): Promise<string> {
  return (await traffic.must('POST', '/v2.0/subnets', { subnet: { network_id: networkId, cidr, ip_version: 4 } })).subnet.id;
}

/** Deletes what a round left behind (ports first, the router API's own ports through the router). */
async function removeNetwork(networkId: string): Promise<void> {
  const ports = (await traffic.must('GET', `/v2.0/ports?network_id=${networkId}`)).ports as Array<{ id: string; device_owner: string }>;
  for (const port of ports) await traffic.must('DELETE', `/v2.0/ports/${port.id}`);
  await traffic.send('DELETE', `/v2.0/networks/${networkId}`, undefined, ['204', '404 NetworkNotFound']);
}

function expectCleanAnswers(): void {
  const problems = traffic.problems();
  expect(problems, `${problems.join('\n')}\n\nserver errors:\n${servers.errorLogs().join('\n')}`).toEqual([]);
}

describe('two servers, one Postgres database: concurrent creates and deletes', () => {
  beforeEach(() => {
    traffic = new Traffic(servers.urls);
  });
  afterEach(() => {
    for (const [outcome, count] of Object.entries(traffic.tally())) tally[outcome] = (tally[outcome] ?? 0) + count;
  });

  it('creating ports while their network is deleted: 201 or 404 NetworkNotFound, and the delete 204 or 409 NetworkInUse', async () => {
    await inRounds(12, 4, async (round) => {
      const networkId = await network(`ports-vs-network-${round}`);
      await subnet(networkId, '10.1.0.0/24');
      const ports = Array.from({ length: 6 }, async () => {
        await jitter();
        await traffic.send('POST', '/v2.0/ports', { port: { network_id: networkId } }, ['201', '404 NetworkNotFound']);
      });
      const deletion = jitter().then(() => traffic.send('DELETE', `/v2.0/networks/${networkId}`, undefined, ['204', '409 NetworkInUse']));
      await Promise.all([...ports, deletion]);
      await removeNetwork(networkId);
    });
    expectCleanAnswers();
  });

  it('creating ports while a subnet is deleted: the subnet goes only when no port took an address on it', async () => {
    await inRounds(12, 4, async (round) => {
      const networkId = await network(`ports-vs-subnet-${round}`);
      const doomed = await subnet(networkId, '10.2.0.0/24');
      await subnet(networkId, '10.3.0.0/24');
      const ports = Array.from({ length: 6 }, async (_, index) => {
        await jitter();
        const port = index % 2 === 0 ? { network_id: networkId, fixed_ips: [{ subnet_id: doomed }] } : { network_id: networkId };
        await traffic.send('POST', '/v2.0/ports', { port }, ['201', '400 InvalidInput']);
      });
      const deletion = jitter().then(() => traffic.send('DELETE', `/v2.0/subnets/${doomed}`, undefined, ['204', '409 SubnetInUse']));
      await Promise.all([...ports, deletion]);
      await removeNetwork(networkId);
    });
    expectCleanAnswers();
  });

  it('creating overlapping subnets while their network is deleted: never two overlapping subnets', async () => {
    const cidrs = ['10.4.0.0/24', '10.4.0.0/25', '10.4.0.128/25', '10.4.0.0/16', '10.5.0.0/24', '10.5.0.0/24'];
    await inRounds(12, 4, async (round) => {
      const networkId = await network(`subnets-vs-network-${round}`);
      const creations = cidrs.map(async (cidr) => {
        await jitter();
        const body = { subnet: { network_id: networkId, cidr, ip_version: 4 } };
        await traffic.send('POST', '/v2.0/subnets', body, ['201', '400 InvalidInput', '404 NetworkNotFound']);
      });
      // Every other round keeps its network, so that overlapping survivors would be seen.
      const deletion = round % 2 === 0 ? [jitter().then(() => traffic.send('DELETE', `/v2.0/networks/${networkId}`, undefined, ['204']))] : [];
      await Promise.all([...creations, ...deletion]);
    });
    expectCleanAnswers();
  });

  it('adding and removing router interfaces while the router and subnets are deleted', async () => {
    await inRounds(10, 2, async (round) => {
      const networkId = await network(`router-${round}`);
      const subnets = [await subnet(networkId, '10.10.1.0/24'), await subnet(networkId, '10.10.2.0/24'), await subnet(networkId, '10.10.3.0/24')];
      const routerId = (await traffic.must('POST', '/v2.0/routers', { router: { name: `router-${round}` } })).router.id;
      const routerPath = `/v2.0/routers/${routerId}`;
      const add = ['200', '400 InvalidInput', '404 RouterNotFound', '404 SubnetNotFound', '409 IpAddressAlreadyAllocated'];
      const remove = ['200', '404 RouterNotFound', '404 RouterInterfaceNotFoundForSubnet'];
      const racing = [
        ...subnets.map((subnetId) => () => traffic.send('PUT', `${routerPath}/add_router_interface`, { subnet_id: subnetId }, add)),
        () => traffic.send('PUT', `${routerPath}/add_router_interface`, { subnet_id: subnets[0] }, add),
        () => traffic.send('PUT', `${routerPath}/remove_router_interface`, { subnet_id: subnets[0] }, remove),
        () => traffic.send('PUT', `${routerPath}/remove_router_interface`, { subnet_id: subnets[1] }, remove),
        () => traffic.send('DELETE', `/v2.0/subnets/${subnets[2]}`, undefined, ['204', '409 SubnetInUse']),
        () => traffic.send('DELETE', routerPath, undefined, ['204', '409 RouterInUse']),
      ];
      await Promise.all(racing.map(async (request) => jitter(25).then(request)));
      await removeRouter(routerId, subnets);
      await removeNetwork(networkId);
    });
    expectCleanAnswers();
  });

  it('many ports on one small subnet: every address handed out once, the rest 409', async () => {
    const networkId = await network('crowded');
    const subnetId = await subnet(networkId, '10.7.0.0/28'); // 10.7.0.2-10.7.0.14: 13 addresses
    const answers = await Promise.all(
      Array.from({ length: 24 }, async () => {
        await jitter(5);
        return traffic.send('POST', '/v2.0/ports', { port: { network_id: networkId } }, ['201', '409 IpAddressGenerationFailure']);
      }),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(13);
    const listed = (await traffic.must('GET', `/v2.0/ports?network_id=${networkId}`)).ports as Array<{ id: string; fixed_ips: Array<{ ip_address: string }> }>;
    const addresses = listed.flatMap((port) => port.fixed_ips.map((fixedIp) => fixedIp.ip_address));
    expect(new Set(addresses).size).toBe(13);
    expect(addresses).toHaveLength(13);

    await Promise.all(listed.map((port) => traffic.must('DELETE', `/v2.0/ports/${port.id}`)));
    const claims = await Promise.all(
      Array.from({ length: 8 }, () => {
        const port = { network_id: networkId, fixed_ips: [{ subnet_id: subnetId, ip_address: '10.7.0.5' }] };
        return traffic.send('POST', '/v2.0/ports', { port }, ['201', '409 IpAddressAlreadyAllocated']);
      }),
    );
    expect(claims.filter((answer) => answer.status === 201)).toHaveLength(1);
    expectCleanAnswers();
  });

  it('leaves no orphan rows, no address twice and no overlapping subnets', async () => {
    expect(await findInconsistencies(scratch.database.db, CORE_INVARIANTS)).toEqual({});
    // Every race above is settled by locks and checks, not by the error handler's safety net.
    expect(servers.refusedChanges()).toEqual([]);
    console.info('outcomes', tally);
  });
});

/** Detaches whatever interfaces are left and deletes the router, if the race left one. */
async function removeRouter(routerId: string, subnets: readonly string[]): Promise<void> {
  const shown = await traffic.send('GET', `/v2.0/routers/${routerId}`, undefined, ['200', '404 RouterNotFound']);
  if (shown.status === 404) return;
  for (const subnetId of subnets) {
    await traffic.send('PUT', `/v2.0/routers/${routerId}/remove_router_interface`, { subnet_id: subnetId }, ['200', '404 RouterInterfaceNotFoundForSubnet']);
  }
  await traffic.must('DELETE', `/v2.0/routers/${routerId}`);
}
