import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, alice, buildFirewallApp, call, createGroup, createPolicy, createRule, ok, routerInterface } from './firewall-app.js';

const GROUPS = '/v2.0/fwaas/firewall_groups';
let app: App;

beforeEach(async () => {
  app = await buildFirewallApp();
});
afterEach(async () => {
  await app.close();
});

function inboundHttps(portId: string) {
  return {
    packet: {
      port_id: portId,
      direction: 'ingress',
      protocol: 'tcp',
      source_ip_address: '198.51.100.7',
      destination_ip_address: '10.0.0.5',
      source_port: 50000,
      destination_port: 443,
    },
  };
}

/** A group enforcing an "allow https" ingress policy on the given ports. */
async function protect(portIds: string[]): Promise<string> {
  const rule = await createRule(app, alice, { protocol: 'tcp', destination_port: '443', action: 'allow' });
  const policyId = await createPolicy(app, alice, { firewall_rules: [rule] });
  return createGroup(app, alice, { ingress_firewall_policy_id: policyId, ports: portIds });
}

const showGroup = async (id: string) => (await ok(app, alice, 'GET', `${GROUPS}/${id}`)).firewall_group;

describe('firewall groups when core deletes their ports', () => {
  it('removing a router interface unbinds its port from the group; the other port stays protected', async () => {
    const first = await routerInterface(app, alice, '10.0.0.0/24');
    const second = await routerInterface(app, alice, '10.1.0.0/24');
    const groupId = await protect([first.portId, second.portId]);

    await ok(app, alice, 'PUT', `/v2.0/routers/${first.routerId}/remove_router_interface`, { subnet_id: first.subnetId });

    expect(await showGroup(groupId)).toMatchObject({ ports: [second.portId], status: 'ACTIVE' });
    const listed = (await ok(app, alice, 'GET', `${GROUPS}?fields=id&fields=ports`)).firewall_groups;
    expect(listed).toEqual([{ id: groupId, ports: [second.portId] }]);
    const gone = await call(app, alice, 'POST', '/v2.0/fwaas/evaluate', inboundHttps(first.portId));
    expect(gone.status).toBe(404);
    expect(gone.body.NeutronError.message).toBe(`Port ${first.portId} could not be found.`);
    const stillProtected = (await ok(app, alice, 'POST', '/v2.0/fwaas/evaluate', inboundHttps(second.portId))).evaluation;
    expect(stillProtected).toMatchObject({ verdict: 'allow', filtered: true, firewall_group_id: groupId });
  });

  it('a group that loses its last port is INACTIVE, and can be deleted', async () => {
    const attached = await routerInterface(app, alice);
    const groupId = await protect([attached.portId]);
    expect(await showGroup(groupId)).toMatchObject({ status: 'ACTIVE' });

    await ok(app, alice, 'PUT', `/v2.0/routers/${attached.routerId}/remove_router_interface`, { port_id: attached.portId });

    expect(await showGroup(groupId)).toMatchObject({ ports: [], status: 'INACTIVE' });
    expect((await call(app, alice, 'DELETE', `${GROUPS}/${groupId}`)).status).toBe(204);
  });

  it('a directly deleted router port (a DVR interface) is unbound too', async () => {
    const { networkId, routerId } = await routerInterface(app, alice);
    const dvrPort = (
      await ok(app, alice, 'POST', '/v2.0/ports', {
        port: { network_id: networkId, device_id: routerId, device_owner: 'network:router_interface_distributed' },
      })
    ).port.id;
    const groupId = await protect([dvrPort]);

    expect((await call(app, alice, 'DELETE', `/v2.0/ports/${dvrPort}`)).status).toBe(204);

    expect(await showGroup(groupId)).toMatchObject({ ports: [], status: 'INACTIVE' });
  });

  it('a port the core refuses to delete stays bound', async () => {
    const attached = await routerInterface(app, alice);
    const groupId = await protect([attached.portId]);

    const refused = await call(app, alice, 'DELETE', `/v2.0/ports/${attached.portId}`);
    expect(refused.status).toBe(409);

    expect(await showGroup(groupId)).toMatchObject({ ports: [attached.portId], status: 'ACTIVE' });
  });
});
