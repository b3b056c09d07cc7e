/**
 * Core resources of two projects, created through the Neutron API the way a user would: networks,
 * IPv4 and IPv6 subnets, plain ports (with fixed IPs and device ownership), and routers with
 * subnet and port interfaces. External gateways are recorded as the release serves them (this
 * release refuses to set one, so every router's `external_gateway_info` is null).
 */
export async function populateCore(clientFor) {
  for (const project of ['project-a', 'project-b']) await populateProject(clientFor(project), project);
}

async function populateProject(client, project) {
  const network = await client.create('/v2.0/networks', 'network', { name: `${project}-net`, description: 'upgrade fixture', admin_state_up: true });
  const quiet = await client.create('/v2.0/networks', 'network', { name: `${project}-down`, admin_state_up: false });
  const v4 = await client.create('/v2.0/subnets', 'subnet', {
    network_id: network.id,
    name: `${project}-v4`,
    ip_version: 4,
    cidr: '10.10.0.0/24',
    gateway_ip: '10.10.0.1',
    allocation_pools: [{ start: '10.10.0.10', end: '10.10.0.200' }],
    dns_nameservers: ['10.10.0.2'],
    enable_dhcp: true,
  });
  const v6 = await client.create('/v2.0/subnets', 'subnet', { network_id: network.id, name: `${project}-v6`, ip_version: 6, cidr: 'fd00:10::/64' });
  await client.create('/v2.0/subnets', 'subnet', { network_id: quiet.id, name: `${project}-no-gateway`, ip_version: 4, cidr: '10.20.0.0/24', gateway_ip: null });
  await client.create('/v2.0/ports', 'port', { network_id: network.id, name: `${project}-vm`, device_id: 'server-1', device_owner: 'compute:nova', fixed_ips: [{ subnet_id: v4.id, ip_address: '10.10.0.50' }, { subnet_id: v6.id }] });
  const spare = await client.create('/v2.0/ports', 'port', { network_id: network.id, name: `${project}-spare`, admin_state_up: false });
  const router = await client.create('/v2.0/routers', 'router', { name: `${project}-edge`, description: 'upgrade fixture' });
  await client.put(`/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: v4.id });
  await client.put(`/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: v6.id });
  const other = await client.create('/v2.0/routers', 'router', { name: `${project}-inner`, admin_state_up: false });
  await client.put(`/v2.0/routers/${other.id}/add_router_interface`, { port_id: spare.id });
}
