import { type CliAttributeOption, type CliResource, descriptionOption, nameOption, parseKeyValues, repeatable } from '@switchyard/sdk';
import { adminStateOption, projectOption } from './common-options.js';

const writable: CliAttributeOption[] = [
  nameOption,
  descriptionOption,
  adminStateOption,
  { flags: '--device-id <id>', attribute: 'device_id', description: 'Device using the port (device_id)' },
  { flags: '--device-owner <owner>', attribute: 'device_owner', description: 'Kind of device, e.g. compute:nova (device_owner)' },
  {
    flags: '--fixed-ip <subnet_id=id,ip_address=ip>',
    attribute: 'fixed_ips',
    description: 'An address to assign, repeatable (fixed_ips); give subnet_id, ip_address or both',
    parse: repeatable(parseKeyValues(['subnet_id', 'ip_address'])),
  },
];

export const portSpec: CliResource = {
  name: 'port',
  resource: 'port',
  collection: 'ports',
  path: '/v2.0/ports',
  columns: ['id', 'name', 'network_id', 'fixed_ips.ip_address', 'device_owner', 'status'],
  create: [
    { flags: '--network <id>', attribute: 'network_id', description: 'Network of the port (network_id)', required: true },
    { flags: '--mac-address <mac>', attribute: 'mac_address', description: 'MAC address (generated when not given)' },
    ...writable,
    projectOption,
  ],
  update: writable,
};
