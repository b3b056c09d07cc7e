import type { CliAttributeOption } from './attribute-options.js';

/**
 * `--name <name>`, the `name` attribute most resources have.
 *
 * @public
 */
export const nameOption: CliAttributeOption = { flags: '--name <name>', attribute: 'name', description: 'Name' };

/**
 * `--description <text>`, the `description` attribute most resources have.
 *
 * @public
 */
export const descriptionOption: CliAttributeOption = { flags: '--description <text>', attribute: 'description', description: 'Description' };
