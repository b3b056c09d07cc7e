import { type CliAttributeOption, parseBoolean } from '@switchyard/sdk';

/** Attributes every core resource shares, beyond the kit's name and description. */
export const adminStateOption: CliAttributeOption = {
  flags: '--admin-state-up <true|false>',
  attribute: 'admin_state_up',
  description: 'Administrative state (admin_state_up)',
  parse: parseBoolean,
};
export const projectOption: CliAttributeOption = {
  flags: '--owner-project <id>',
  attribute: 'project_id',
  description: 'Project owning the resource (admins only; default: the caller)',
};
