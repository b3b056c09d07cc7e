import { describeConformance } from '@switchyard/sdk/testing';
import { groupResource } from '../../src/resources/firewall-group.js';
import { policyResource } from '../../src/resources/firewall-policy.js';
import { ruleResource } from '../../src/resources/firewall-rule.js';
import { buildFirewallApp } from './firewall-app.js';

/**
 * The SDK's conformance suite over the firewall's declared resources: the isolation matrix,
 * hostile input and the OpenAPI contract. `SWITCHYARD_CONFORMANCE=long` sends >= 10,000 requests.
 */
describeConformance({
  name: 'firewall',
  app: () => buildFirewallApp(),
  resources: [ruleResource, policyResource, groupResource],
  fixtures: {
    firewall_rule: (client, caller) => client.create(caller, ruleResource, { protocol: 'tcp', action: 'allow' }),
    firewall_policy: async (client, caller) => client.create(caller, policyResource, { firewall_rules: [await client.create(caller, ruleResource)] }),
    firewall_group: (client, caller) => client.create(caller, groupResource),
    // A group binds router interface ports: a network, a subnet, a router and its interface.
    port: async (client, caller) => {
      const network = await client.request(caller, { method: 'POST', url: '/v2.0/networks', body: { network: { name: 'n' } } });
      const networkId = (network.json as { network: { id: string } }).network.id;
      const subnet = await client.request(caller, {
        method: 'POST',
        url: '/v2.0/subnets',
        body: { subnet: { network_id: networkId, ip_version: 4, cidr: '10.9.0.0/24' } },
      });
      const subnetId = (subnet.json as { subnet: { id: string } }).subnet.id;
      const router = await client.request(caller, { method: 'POST', url: '/v2.0/routers', body: { router: { name: 'r' } } });
      const routerId = (router.json as { router: { id: string } }).router.id;
      const attached = await client.request(caller, {
        method: 'PUT',
        url: `/v2.0/routers/${routerId}/add_router_interface`,
        body: { subnet_id: subnetId },
      });
      return (attached.json as { port_id: string }).port_id;
    },
  },
});
