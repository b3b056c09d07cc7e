import type { AttributeOption } from './attribute-options.js';
import { parseBoolean } from './parsers.js';

/** Attributes most Neutron resources share. */
export const nameOption: AttributeOption = { flags: '--name <name>', attribute: 'name', description: 'Name' };
export const descriptionOption: AttributeOption = { flags: '--description <text>', attribute: 'description', description: 'Description' };
export const adminStateOption: AttributeOption = {
  flags: '--admin-state-up <true|false>',
  attribute: 'admin_state_up',
  description: 'Administrative state (admin_state_up)',
  parse: parseBoolean,
};
export const projectOption: AttributeOption = {
  flags: '--owner-project <id>',
  attribute: 'project_id',
  description: 'Project owning the resource (admins only; default: the caller)',
};
