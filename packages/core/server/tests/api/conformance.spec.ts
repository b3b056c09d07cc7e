import { type ConformanceCaller, type ConformanceClient, describeConformance } from '@switchyard/sdk/testing';
import { networkResource } from '../../src/neutron/networks/resource.js';
import { portResource } from '../../src/neutron/ports/resource.js';
import { routerResource } from '../../src/neutron/routers/resource.js';
import { subnetResource } from '../../src/neutron/subnets/resource.js';
import { buildTestApp } from './neutron-test-app.js';

async function networkWithSubnet(client: ConformanceClient, caller: ConformanceCaller): Promise<{ network: string; subnet: string }> {
  const network = await client.create(caller, networkResource, { name: 'n' });
  const subnet = await client.create(caller, subnetResource, { network_id: network, ip_version: 4, cidr: '10.9.0.0/24' });
  return { network, subnet };
}

/**
 * The SDK's conformance suite over the core's declared resources: the isolation matrix (every
 * served verb, every reference, as two projects and an admin), hostile input and the OpenAPI
 * contract. `SWITCHYARD_CONFORMANCE=long` sends >= 10,000 requests.
 */
describeConformance({
  name: 'core',
  app: () => buildTestApp(),
  resources: [networkResource, subnetResource, portResource, routerResource],
  fixtures: {
    network: (client, caller) => client.create(caller, networkResource, { name: 'n' }),
    subnet: async (client, caller) => (await networkWithSubnet(client, caller)).subnet,
    port: async (client, caller) => client.create(caller, portResource, { network_id: (await networkWithSubnet(client, caller)).network }),
    router: (client, caller) => client.create(caller, routerResource, { name: 'r' }),
  },
});
