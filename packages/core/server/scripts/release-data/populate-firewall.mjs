/**
 * The firewall preview's resources, through its FWaaS v2 API, on top of populateCore's routers:
 * rules of each protocol and action, a policy ordering them, and a group bound to a router
 * interface port. Preview data: a later preview release may drop it (its README says so).
 */
export async function populateFirewall(clientFor) {
  for (const project of ['project-a', 'project-b']) await populateProject(clientFor(project), project);
}

async function populateProject(client, project) {
  const base = '/v2.0/fwaas';
  const web = await client.create(`${base}/firewall_rules`, 'firewall_rule', { name: `${project}-web`, protocol: 'tcp', destination_port: '443', action: 'allow', ip_version: 4 });
  const ping = await client.create(`${base}/firewall_rules`, 'firewall_rule', { name: `${project}-ping`, protocol: 'icmp', source_ip_address: '10.10.0.0/24', action: 'deny', ip_version: 4 });
  await client.create(`${base}/firewall_rules`, 'firewall_rule', { name: `${project}-off`, action: 'reject', enabled: false, ip_version: 6 });
  const policy = await client.create(`${base}/firewall_policies`, 'firewall_policy', { name: `${project}-ingress`, firewall_rules: [web.id, ping.id], audited: true });
  await client.create(`${base}/firewall_policies`, 'firewall_policy', { name: `${project}-empty` });
  const { ports } = await client.get('/v2.0/ports?device_owner=network:router_interface&fields=id');
  await client.create(`${base}/firewall_groups`, 'firewall_group', { name: `${project}-edge`, ingress_firewall_policy_id: policy.id, ports: [ports[0].id] });
}
