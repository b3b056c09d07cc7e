import { describeConformance } from '@switchyard/sdk/testing';
import { itemResource } from '../../src/resources/item.js';
import { buildServiceApp } from './service-app.js';

/**
 * The SDK's conformance suite over this service's resources: the isolation matrix (two projects
 * and an admin on every verb and reference), hostile input (zero 5xx, NeutronError 4xx) and the
 * OpenAPI contract. Declare a fixture for every resource you add. `SWITCHYARD_CONFORMANCE=long`
 * sends 10,000+ requests.
 */
describeConformance({
  name: 'security-groups',
  app: () => buildServiceApp(),
  resources: [itemResource],
  fixtures: {
    security_groups_item: (client, caller) => client.create(caller, itemResource),
  },
});
