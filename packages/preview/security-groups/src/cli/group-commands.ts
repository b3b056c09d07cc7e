import { type CliResource, descriptionOption, nameOption, parseBoolean } from '@switchyard/sdk';
import { groupResource } from '../resources/security-group.js';

const writable = [
  nameOption,
  descriptionOption,
  { flags: '--stateful <true|false>', attribute: 'stateful', description: 'Whether replies to allowed traffic are allowed (default true)', parse: parseBoolean },
];

/** `switchyard security-group list|show|create|update|delete`; names and path come from the resource's declaration. */
export const groupCommands: CliResource = {
  name: 'security-group',
  label: 'security group',
  ...groupResource.apiResource,
  columns: ['id', 'name', 'description', 'stateful', 'project_id'],
  create: writable,
  update: writable,
};
