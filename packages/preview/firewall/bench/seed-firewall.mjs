// The data set, written through Switchyard's own API: `rules` firewall rules, the first `policyRules`
// of them in one policy whose last rule alone allows the evaluated packet, and a firewall group
// enforcing that policy on a router port. The evaluation walks the whole policy before it decides.

const BATCH = 50;

/** The packet every evaluation asks about: ingress SSH to the router port's subnet. */
export function evaluatedPacket(portId) {
  return {
    packet: { port_id: portId, direction: 'ingress', protocol: 'tcp', source_ip_address: '198.51.100.7', destination_ip_address: '10.0.0.5', source_port: 40000, destination_port: 22 },
  };
}

/** Returns the router port the group protects. */
export async function seedFirewall(url, { rules, policyRules }) {
  const ids = [];
  for (let start = 0; start < rules; start += BATCH) {
    const size = Math.min(BATCH, rules - start);
    ids.push(...(await Promise.all(Array.from({ length: size }, (_, offset) => createRule(url, start + offset, policyRules)))));
  }
  const portId = await routerPort(url);
  const policy = await post(url, '/v2.0/fwaas/firewall_policies', { firewall_policy: { name: 'bench', firewall_rules: ids.slice(0, policyRules) } });
  await post(url, '/v2.0/fwaas/firewall_groups', { firewall_group: { name: 'bench', ingress_firewall_policy_id: policy.firewall_policy.id, ports: [portId] } });
  return portId;
}

/** Rule `policyRules - 1`, the policy's last, allows SSH; every other one denies a port the packet does not use. */
function createRule(url, index, policyRules) {
  const last = index === policyRules - 1;
  const rule = { name: `rule-${String(index).padStart(4, '0')}`, protocol: 'tcp', destination_port: last ? '22' : String(1024 + index), action: last ? 'allow' : 'deny' };
  return post(url, '/v2.0/fwaas/firewall_rules', { firewall_rule: rule }).then((body) => body.firewall_rule.id);
}

async function routerPort(url) {
  const network = (await post(url, '/v2.0/networks', { network: { name: 'bench' } })).network;
  const subnet = (await post(url, '/v2.0/subnets', { subnet: { network_id: network.id, cidr: '10.0.0.0/24', ip_version: 4 } })).subnet;
  const router = (await post(url, '/v2.0/routers', { router: { name: 'bench' } })).router;
  return (await request(url, 'PUT', `/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: subnet.id })).port_id;
}

function post(url, path, body) {
  return request(url, 'POST', path, body);
}

async function request(url, method, path, body) {
  const response = await fetch(url + path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status >= 300) throw new Error(`seeding failed: ${method} ${path} answered HTTP ${response.status}: ${await response.text()}`);
  return response.json();
}
