import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, call, create, neutronError, projectA } from './neutron-test-app.js';

interface FixedIp {
  subnet_id: string;
  ip_address: string;
}
interface PortJson {
  id: string;
  mac_address: string;
  fixed_ips: FixedIp[];
  revision_number: number;
}

// IPv6 SLAAC and DHCPv6-stateless subnets as Neutron runs them: every port but a router's takes the
// EUI-64 address of its MAC (2001:db8:1::/64 and fa:16:3e:12:34:56 make 2001:db8:1:0:f816:3eff:fe12:3456),
// never one from the pools, and no port may name another address there.
describe('IPv6 auto-address subnets', () => {
  let app: FastifyInstance;
  let networkId: string;
  let v4: { id: string };
  beforeEach(async () => {
    app = await buildTestApp();
    networkId = (await create(app, projectA, 'network', { name: 'dual-stack' })).id;
    v4 = await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 4, cidr: '10.0.0.0/24' });
  });
  afterEach(async () => {
    await app.close();
  });

  const createSubnet = (attributes: Record<string, unknown>) =>
    call(app, projectA, 'POST', '/v2.0/subnets', { subnet: { network_id: networkId, ip_version: 6, ...attributes } });
  const v6Subnet = (cidr: string, modes: Record<string, string>) => create(app, projectA, 'subnet', { network_id: networkId, ip_version: 6, cidr, ...modes });
  const createPort = (attributes: Record<string, unknown>) => call(app, projectA, 'POST', '/v2.0/ports', { port: { network_id: networkId, ...attributes } });
  const portWith = async (attributes: Record<string, unknown>): Promise<PortJson> => {
    const response = await createPort(attributes);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().port;
  };
  const showPort = async (id: string): Promise<PortJson> => (await call(app, projectA, 'GET', `/v2.0/ports/${id}`)).json().port;
  const updatePort = (id: string, port: Record<string, unknown>) => call(app, projectA, 'PUT', `/v2.0/ports/${id}`, { port });

  describe('subnet modes', () => {
    it.each([
      [{ cidr: '2001:db8::/80', ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' }, 'Invalid CIDR 2001:db8::/80 for IPv6 address mode'],
      [{ cidr: '2001:db8::/56', ipv6_address_mode: 'dhcpv6-stateless' }, 'which requires the prefix to be /64'],
      [{ cidr: '2001:db8::/96', ipv6_ra_mode: 'slaac' }, 'Invalid CIDR 2001:db8::/96 for IPv6 address mode'],
      [
        { cidr: '2001:db8::/64', ipv6_ra_mode: 'slaac', ipv6_address_mode: 'dhcpv6-stateful' },
        "ipv6_ra_mode set to 'slaac' with ipv6_address_mode set to 'dhcpv6-stateful' is not valid. If both attributes are set, they must be the same value",
      ],
      [
        { cidr: '2001:db8::/64', ipv6_address_mode: 'slaac', enable_dhcp: false },
        'ipv6_ra_mode or ipv6_address_mode cannot be set when enable_dhcp is set to False',
      ],
      [{ cidr: '2001:db8::/64', ipv6_ra_mode: 'dhcpv6-pd' }, 'ipv6_ra_mode'],
    ])('refuses %j (400 InvalidInput)', async (attributes, message) => {
      const response = await createSubnet(attributes);
      expect(response.statusCode).toBe(400);
      expect(neutronError(response)).toMatchObject({ type: 'InvalidInput' });
      expect(neutronError(response).message).toContain(message);
    });

    it('takes a stateful subnet of any prefix and shows both modes', async () => {
      const stateful = await createSubnet({ cidr: '2001:db8::/80', ipv6_ra_mode: 'dhcpv6-stateful', ipv6_address_mode: 'dhcpv6-stateful' });
      expect(stateful.statusCode).toBe(201);
      expect(stateful.json().subnet).toMatchObject({ ipv6_ra_mode: 'dhcpv6-stateful', ipv6_address_mode: 'dhcpv6-stateful' });
      const raOnly = await createSubnet({ cidr: '2001:db9::/64', ipv6_ra_mode: 'slaac' });
      expect(raOnly.json().subnet).toMatchObject({ ipv6_ra_mode: 'slaac', ipv6_address_mode: null });
    });

    it('keeps DHCP on under the modes, and the modes themselves', async () => {
      const subnet = await v6Subnet('2001:db8:1::/64', { ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' });
      const dhcpOff = await call(app, projectA, 'PUT', `/v2.0/subnets/${subnet.id}`, { subnet: { enable_dhcp: false } });
      expect(dhcpOff.statusCode).toBe(400);
      expect(neutronError(dhcpOff).message).toContain('Cannot disable enable_dhcp with ipv6 attributes set');
      const modeChange = await call(app, projectA, 'PUT', `/v2.0/subnets/${subnet.id}`, { subnet: { ipv6_address_mode: 'dhcpv6-stateful' } });
      expect(modeChange.statusCode).toBe(400);
      const plain = await v6Subnet('2001:db8:2::/64', {});
      const plainOff = await call(app, projectA, 'PUT', `/v2.0/subnets/${plain.id}`, { subnet: { enable_dhcp: false } });
      expect(plainOff.json().subnet).toMatchObject({ enable_dhcp: false });
    });
  });

  describe('port addresses', () => {
    it('gives a port on a SLAAC subnet the EUI-64 address of its MAC, beside its IPv4 address', async () => {
      const slaac = await v6Subnet('2001:db8:1::/64', { ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' });
      const port = await portWith({ mac_address: 'fa:16:3e:12:34:56' });
      expect(port.fixed_ips).toEqual([
        { subnet_id: v4.id, ip_address: '10.0.0.2' },
        { subnet_id: slaac.id, ip_address: '2001:db8:1:0:f816:3eff:fe12:3456' },
      ]);
      // A generated MAC makes the address the same way: fa:16:3e:xx:yy:zz -> f816:3eff:fexx:yyzz.
      const generated = await portWith({});
      const [, , , x, y, z] = generated.mac_address.split(':');
      const interfaceId = `f816:3eff:fe${x}:${y}${z}`.replace(/:0+(?=[0-9a-f])/g, ':');
      expect(generated.fixed_ips[1]).toEqual({ subnet_id: slaac.id, ip_address: `2001:db8:1:0:${interfaceId}` });
    });

    it('does the same on DHCPv6-stateless and RA-only SLAAC subnets', async () => {
      const stateless = await v6Subnet('2001:db8:1::/64', { ipv6_ra_mode: 'dhcpv6-stateless', ipv6_address_mode: 'dhcpv6-stateless' });
      const addressOnly = await v6Subnet('2001:db8:2::/64', { ipv6_address_mode: 'dhcpv6-stateless' });
      const raOnly = await v6Subnet('2001:db8:3::/64', { ipv6_ra_mode: 'slaac' });
      const port = await portWith({ mac_address: '00:16:3e:33:44:55', fixed_ips: [] });
      expect(port.fixed_ips).toEqual(
        expect.arrayContaining([
          { subnet_id: stateless.id, ip_address: '2001:db8:1:0:216:3eff:fe33:4455' },
          { subnet_id: addressOnly.id, ip_address: '2001:db8:2:0:216:3eff:fe33:4455' },
          { subnet_id: raOnly.id, ip_address: '2001:db8:3:0:216:3eff:fe33:4455' },
        ]),
      );
      // fixed_ips [] asked for nothing, and Neutron adds the automatic addresses anyway.
      expect(port.fixed_ips).toHaveLength(3);
    });

    it('adds the auto address to a port that asked for an IPv4 address only, and meets a request for the subnet with it', async () => {
      const slaac = await v6Subnet('2001:db8:1::/64', { ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' });
      const v4Only = await portWith({ mac_address: 'fa:16:3e:00:00:01', fixed_ips: [{ ip_address: '10.0.0.50' }] });
      expect(v4Only.fixed_ips).toEqual([
        { subnet_id: v4.id, ip_address: '10.0.0.50' },
        { subnet_id: slaac.id, ip_address: '2001:db8:1:0:f816:3eff:fe00:1' },
      ]);
      const bySubnet = await portWith({ mac_address: 'fa:16:3e:00:00:02', fixed_ips: [{ subnet_id: slaac.id }] });
      expect(bySubnet.fixed_ips).toEqual([{ subnet_id: slaac.id, ip_address: '2001:db8:1:0:f816:3eff:fe00:2' }]);
    });

    it('refuses an explicit address on an auto-address subnet (400 AllocationOnAutoAddressSubnet)', async () => {
      const slaac = await v6Subnet('2001:db8:1::/64', { ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' });
      for (const fixedIp of [{ subnet_id: slaac.id, ip_address: '2001:db8:1::10' }, { ip_address: '2001:db8:1::10' }]) {
        const refused = await createPort({ fixed_ips: [fixedIp] });
        expect(refused.statusCode).toBe(400);
        expect(neutronError(refused)).toMatchObject({
          type: 'AllocationOnAutoAddressSubnet',
          message: expect.stringContaining(
            `IPv6 address 2001:db8:1::10 cannot be directly assigned to a port on subnet ${slaac.id} as the subnet is configured for automatic addresses`,
          ),
        });
      }
      expect((await call(app, projectA, 'GET', '/v2.0/ports')).json().ports).toEqual([]);
    });

    it('still allocates from the pools on a DHCPv6-stateful subnet, and takes a chosen address there', async () => {
      const stateful = await v6Subnet('2001:db8:1::/64', { ipv6_ra_mode: 'dhcpv6-stateful', ipv6_address_mode: 'dhcpv6-stateful' });
      const first = await portWith({ mac_address: 'fa:16:3e:00:00:01' });
      expect(first.fixed_ips).toEqual([
        { subnet_id: v4.id, ip_address: '10.0.0.2' },
        { subnet_id: stateful.id, ip_address: '2001:db8:1::2' },
      ]);
      const chosen = await portWith({ fixed_ips: [{ subnet_id: stateful.id, ip_address: '2001:db8:1::99' }] });
      expect(chosen.fixed_ips).toEqual([{ subnet_id: stateful.id, ip_address: '2001:db8:1::99' }]);
    });

    it('keeps the auto address through fixed_ips updates, and refuses another one there', async () => {
      const slaac = await v6Subnet('2001:db8:1::/64', { ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' });
      const port = await portWith({ mac_address: 'fa:16:3e:00:00:01' });
      const auto = { subnet_id: slaac.id, ip_address: '2001:db8:1:0:f816:3eff:fe00:1' };
      // What `openstack port set --fixed-ip` sends: the current addresses and the new one.
      const added = await updatePort(port.id, { fixed_ips: [...port.fixed_ips, { subnet_id: v4.id, ip_address: '10.0.0.77' }] });
      expect(added.statusCode, added.body).toBe(200);
      expect(added.json().port.fixed_ips).toEqual([{ subnet_id: v4.id, ip_address: '10.0.0.2' }, { subnet_id: v4.id, ip_address: '10.0.0.77' }, auto]);
      const v4Only = await updatePort(port.id, { fixed_ips: [{ subnet_id: v4.id, ip_address: '10.0.0.2' }] });
      expect(v4Only.json().port.fixed_ips).toEqual([{ subnet_id: v4.id, ip_address: '10.0.0.2' }, auto]);
      const other = await updatePort(port.id, { fixed_ips: [{ subnet_id: slaac.id, ip_address: '2001:db8:1::5' }] });
      expect(other.statusCode).toBe(400);
      expect(neutronError(other).type).toBe('AllocationOnAutoAddressSubnet');
      expect((await showPort(port.id)).fixed_ips).toEqual([{ subnet_id: v4.id, ip_address: '10.0.0.2' }, auto]);
    });

    it('never takes an address from the pools for an auto address', async () => {
      const slaac = await v6Subnet('2001:db8:1::/64', { ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' });
      await portWith({ mac_address: 'fa:16:3e:00:00:01' });
      await portWith({ mac_address: 'fa:16:3e:00:00:02' });
      // A router's port asking for the subnet still gets the pool's first address.
      const routerPort = await portWith({ device_owner: 'network:router_interface', fixed_ips: [{ subnet_id: slaac.id }] });
      expect(routerPort.fixed_ips).toEqual([{ subnet_id: slaac.id, ip_address: '2001:db8:1::2' }]);
    });
  });

  describe('router interfaces', () => {
    it('gives a router interface the gateway address only, no auto address', async () => {
      const slaac = await v6Subnet('2001:db8:1::/64', { ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' });
      const router = await create(app, projectA, 'router', { name: 'r' });
      const added = await call(app, projectA, 'PUT', `/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: slaac.id });
      expect(added.statusCode, added.body).toBe(200);
      const port = await showPort(added.json().port_id);
      expect(port.fixed_ips).toEqual([{ subnet_id: slaac.id, ip_address: '2001:db8:1::1' }]);
      // A router port created without fixed_ips takes nothing on the auto-address subnet.
      const bare = await portWith({ device_owner: 'network:router_interface_distributed' });
      expect(bare.fixed_ips).toEqual([{ subnet_id: v4.id, ip_address: '10.0.0.2' }]);
    });
  });

  describe('ports and subnets added in either order', () => {
    it('gives the ports already on the network an address when an auto-address subnet is added, but not router ports', async () => {
      const before = await portWith({ mac_address: 'fa:16:3e:aa:bb:cc' });
      const routerPort = await portWith({ device_owner: 'network:router_interface', fixed_ips: [{ subnet_id: v4.id }] });
      const stateless = await v6Subnet('2001:db8:5::/64', { ipv6_ra_mode: 'dhcpv6-stateless', ipv6_address_mode: 'dhcpv6-stateless' });
      const after = await showPort(before.id);
      expect(after.fixed_ips).toEqual([...before.fixed_ips, { subnet_id: stateless.id, ip_address: '2001:db8:5:0:f816:3eff:feaa:bbcc' }]);
      expect(after.revision_number).toBe(before.revision_number + 1);
      expect((await showPort(routerPort.id)).fixed_ips).toEqual(routerPort.fixed_ips);
      const listed = await call(app, projectA, 'GET', `/v2.0/ports?fixed_ips=subnet_id=${stateless.id}`);
      expect(listed.json().ports.map((port: PortJson) => port.id)).toEqual([before.id]);
    });

    it('gives every port an address when ports and the subnet are created concurrently', async () => {
      const macs = ['01', '02', '03', '04', '05', '06'].map((last) => `fa:16:3e:00:00:${last}`);
      const [subnet, ...ports] = await Promise.all([
        createSubnet({ cidr: '2001:db8:7::/64', ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' }),
        ...macs.map((mac_address) => createPort({ mac_address })),
      ]);
      expect(subnet.statusCode).toBe(201);
      const subnetId = subnet.json().subnet.id;
      for (const [index, response] of ports.entries()) {
        expect(response.statusCode).toBe(201);
        const port = await showPort(response.json().port.id);
        expect(port.fixed_ips.filter((fixedIp) => fixedIp.subnet_id === subnetId)).toEqual([
          { subnet_id: subnetId, ip_address: `2001:db8:7:0:f816:3eff:fe00:${index + 1}` },
        ]);
      }
    });

    it('releases the auto addresses with the subnet, which a router interface keeps in use', async () => {
      const slaac = await v6Subnet('2001:db8:1::/64', { ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' });
      const port = await portWith({ mac_address: 'fa:16:3e:00:00:01' });
      expect((await call(app, projectA, 'DELETE', `/v2.0/subnets/${slaac.id}`)).statusCode).toBe(204);
      const after = await showPort(port.id);
      expect(after.fixed_ips).toEqual([{ subnet_id: v4.id, ip_address: '10.0.0.2' }]);
      expect(after.revision_number).toBe(port.revision_number + 1);

      const routed = await v6Subnet('2001:db8:2::/64', { ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' });
      const router = await create(app, projectA, 'router', { name: 'r' });
      await call(app, projectA, 'PUT', `/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: routed.id });
      const inUse = await call(app, projectA, 'DELETE', `/v2.0/subnets/${routed.id}`);
      expect(inUse.statusCode).toBe(409);
      expect(neutronError(inUse).type).toBe('SubnetInUse');
      // The refused delete changed nothing: the port keeps its address on the subnet.
      expect((await showPort(port.id)).fixed_ips).toContainEqual({ subnet_id: routed.id, ip_address: '2001:db8:2:0:f816:3eff:fe00:1' });
    });
  });
});
