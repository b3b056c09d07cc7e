import { type CliResource, descriptionOption, nameOption } from '@switchyard/sdk';
import { adminStateOption, projectOption } from './common-options.js';

const writable = [nameOption, descriptionOption, adminStateOption];

export const networkSpec: CliResource = {
  name: 'network',
  resource: 'network',
  collection: 'networks',
  path: '/v2.0/networks',
  columns: ['id', 'name', 'status', 'subnets'],
  create: [...writable, projectOption],
  update: writable,
};
