import { sql } from '@switchyard/sdk';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FirewallCluster, Traffic, jitter, startFirewallCluster } from './two-servers.js';

/**
 * Two servers with the firewall on one Postgres database: firewall groups are bound to router
 * interface ports while those interfaces are removed, from both servers at once. Every answer is a
 * 2xx or a NeutronError 4xx, and no binding outlives its port.
 */
const GROUPS = '/v2.0/fwaas/firewall_groups';
let cluster: FirewallCluster;
let traffic: Traffic;
let policyId: string;
const tally: Record<string, number> = {};

beforeAll(async () => {
  cluster = await startFirewallCluster();
  traffic = new Traffic(cluster.urls);
  policyId = (await traffic.must('POST', '/v2.0/fwaas/firewall_policies', { firewall_policy: { name: 'closed' } })).firewall_policy.id;
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
});
beforeEach(() => {
  traffic = new Traffic(cluster.urls);
});
afterEach(() => {
  for (const [outcome, count] of Object.entries(traffic.tally())) tally[outcome] = (tally[outcome] ?? 0) + count;
});

/** A subnet attached to a new router: the router interface port a group can be bound to. */
async function routerInterface(round: number) {
  const network = (await traffic.must('POST', '/v2.0/networks', { network: { name: `fw-${round}` } })).network;
  const subnet = (await traffic.must('POST', '/v2.0/subnets', { subnet: { network_id: network.id, cidr: '10.20.0.0/24', ip_version: 4 } })).subnet;
  const router = (await traffic.must('POST', '/v2.0/routers', { router: { name: `fw-${round}` } })).router;
  const attached = await traffic.must('PUT', `/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: subnet.id });
  return { networkId: network.id as string, subnetId: subnet.id as string, routerId: router.id as string, portId: attached.port_id as string };
}

async function emptyGroup(name: string): Promise<string> {
  return (await traffic.must('POST', GROUPS, { firewall_group: { name, ingress_firewall_policy_id: policyId } })).firewall_group.id;
}

/** Unbinds and deletes every group, so the next round starts clean. */
async function removeGroups(): Promise<void> {
  const groups = (await traffic.must('GET', GROUPS)).firewall_groups as Array<{ id: string }>;
  for (const group of groups) {
    await traffic.must('PUT', `${GROUPS}/${group.id}`, { firewall_group: { ports: [] } });
    await traffic.must('DELETE', `${GROUPS}/${group.id}`);
  }
}

async function removeTopology(topology: { routerId: string; subnetId: string; networkId: string }): Promise<void> {
  await traffic.send('PUT', `/v2.0/routers/${topology.routerId}/remove_router_interface`, { subnet_id: topology.subnetId }, ['200', '404 RouterInterfaceNotFoundForSubnet']);
  await traffic.must('DELETE', `/v2.0/routers/${topology.routerId}`);
  await traffic.must('DELETE', `/v2.0/networks/${topology.networkId}`);
}

function expectCleanAnswers(): void {
  const problems = traffic.problems();
  expect(problems, `${problems.join('\n')}\n\nserver errors:\n${cluster.errorLogs().join('\n')}`).toEqual([]);
}

const bindOutcomes = ['404 PortNotFound', '409 FirewallGroupPortInUse'];

describe('two servers with the firewall, one Postgres database: bindings racing router interface removal', () => {
  it('binding a port (new group, existing group) while its router interface is removed', async () => {
    for (let start = 0; start < 12; start += 3) {
      await Promise.all(
        [start, start + 1, start + 2].map(async (round) => {
          const topology = await routerInterface(round);
          const existing = await emptyGroup(`existing-${round}`);
          const ports = { ports: [topology.portId] };
          await Promise.all([
            jitter().then(() => traffic.send('POST', GROUPS, { firewall_group: { ingress_firewall_policy_id: policyId, ...ports } }, ['201', ...bindOutcomes])),
            jitter().then(() => traffic.send('PUT', `${GROUPS}/${existing}`, { firewall_group: ports }, ['200', ...bindOutcomes])),
            jitter().then(() => traffic.send('PUT', `/v2.0/routers/${topology.routerId}/remove_router_interface`, { subnet_id: topology.subnetId }, ['200'])),
          ]);
          await removeTopology(topology);
        }),
      );
    }
    expectCleanAnswers();
    // Checked before any clean-up: unbinding every group would hide a binding that outlived its port.
    expect(await findInconsistencies()).toEqual({});
  });

  it('two groups binding the same port from both servers: exactly one wins', async () => {
    const topology = await routerInterface(100);
    for (let round = 0; round < 8; round += 1) {
      const groups = [await emptyGroup(`left-${round}`), await emptyGroup(`right-${round}`)];
      const answers = await Promise.all(
        groups.map((group) => traffic.send('PUT', `${GROUPS}/${group}`, { firewall_group: { ports: [topology.portId] } }, ['200', '409 FirewallGroupPortInUse'])),
      );
      expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
      await removeGroups();
    }
    await removeTopology(topology);
    expectCleanAnswers();
  });

  it('binding to a group while it is deleted: 404 FirewallGroupNotFound or bound', async () => {
    for (let round = 0; round < 8; round += 1) {
      const topology = await routerInterface(200 + round);
      const group = await emptyGroup(`doomed-${round}`);
      await Promise.all([
        jitter().then(() => traffic.send('PUT', `${GROUPS}/${group}`, { firewall_group: { ports: [topology.portId] } }, ['200', '404 FirewallGroupNotFound'])),
        jitter().then(() => traffic.send('DELETE', `${GROUPS}/${group}`, undefined, ['204', '409 FirewallGroupInUse'])),
      ]);
      await removeGroups();
      await removeTopology(topology);
    }
    expectCleanAnswers();
  });

  it('leaves no binding without its port and every group status true to its bindings', async () => {
    expect(await findInconsistencies()).toEqual({});
    expect(cluster.refusedChanges()).toEqual([]);
    console.info('outcomes', tally);
  });
});

/** What must hold whatever raced: each query finds the rows that break a rule. */
async function findInconsistencies(): Promise<Record<string, unknown[]>> {
  const invariants: Record<string, string> = {
    'bindings whose port is gone': `
      SELECT b.port_id FROM firewall_group_ports b LEFT JOIN ports p ON p.id = b.port_id WHERE p.id IS NULL`,
    'bindings to ports that are no router interface': `
      SELECT b.port_id FROM firewall_group_ports b JOIN ports p ON p.id = b.port_id WHERE p.device_owner <> 'network:router_interface'`,
    'groups whose status disagrees with their bindings': `
      SELECT g.id, g.status FROM firewall_groups g WHERE g.status <> CASE
        WHEN NOT EXISTS (SELECT 1 FROM firewall_group_ports b WHERE b.group_id = g.id)
          OR (g.ingress_firewall_policy_id IS NULL AND g.egress_firewall_policy_id IS NULL) THEN 'INACTIVE'
        WHEN g.admin_state_up THEN 'ACTIVE' ELSE 'DOWN' END`,
    'router interfaces whose router is gone': `
      SELECT p.id FROM ports p LEFT JOIN routers r ON r.id = p.device_id WHERE p.device_owner = 'network:router_interface' AND r.id IS NULL`,
    'ports without their network': `
      SELECT p.id FROM ports p LEFT JOIN networks n ON n.id = p.network_id WHERE n.id IS NULL`,
  };
  const broken: Record<string, unknown[]> = {};
  for (const [rule, query] of Object.entries(invariants)) {
    const { rows } = await sql.raw(query).execute(cluster.database.db);
    if (rows.length > 0) broken[rule] = rows;
  }
  return broken;
}
