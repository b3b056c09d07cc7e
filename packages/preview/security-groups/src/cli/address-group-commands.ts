import { type CliResource, descriptionOption, nameOption, repeatable } from '@switchyard/sdk';
import { addressGroupResource } from '../resources/address-group.js';

/**
 * `switchyard address-group list|show|create|update|delete`. Addresses are set on create; the
 * API changes them later only through add_addresses and remove_addresses (or the openstack CLI's
 * `address group set/unset --address`).
 */
export const addressGroupCommands: CliResource = {
  name: 'address-group',
  label: 'address group',
  ...addressGroupResource.apiResource,
  columns: ['id', 'name', 'description', 'addresses', 'project_id'],
  create: [nameOption, descriptionOption, { flags: '--address <cidr>', attribute: 'addresses', description: 'A CIDR of the group, repeatable (addresses)', parse: repeatable() }],
  update: [nameOption, descriptionOption],
};
