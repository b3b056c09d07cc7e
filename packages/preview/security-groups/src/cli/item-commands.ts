import { type CliAttributeOption, type CliResource, descriptionOption, nameOption, parseBoolean } from '@switchyard/sdk';
import { itemResource } from '../resources/item.js';

const adminStateOption: CliAttributeOption = {
  flags: '--admin-state-up <true|false>',
  attribute: 'admin_state_up',
  description: 'Whether it is in service',
  parse: parseBoolean,
};

const writable = [nameOption, descriptionOption, adminStateOption];

/**
 * `switchyard security-groups item list|show|create|update|delete`: names and path come from the
 * resource's declaration, so the commands follow the API.
 */
export const itemCommands: CliResource = {
  name: 'item',
  label: itemResource.apiResource.resource.replaceAll('_', ' '),
  ...itemResource.apiResource,
  columns: ['id', 'name', 'admin_state_up'],
  create: writable,
  update: writable,
};
