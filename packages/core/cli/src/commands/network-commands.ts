import type { ResourceSpec } from './resource-commands.js';
import { adminStateOption, descriptionOption, nameOption, projectOption } from './common-options.js';

const writable = [nameOption, descriptionOption, adminStateOption];

export const networkSpec: ResourceSpec = {
  name: 'network',
  resource: 'network',
  collection: 'networks',
  path: '/v2.0/networks',
  columns: ['id', 'name', 'status', 'subnets'],
  create: [...writable, projectOption],
  update: writable,
};
