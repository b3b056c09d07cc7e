export { type CliAttributeOption, addAttributeOptions, attributesFrom } from './attribute-options.js';
export { CliInputError } from './cli-input-error.js';
export type { CliResource } from './cli-resource.js';
export { descriptionOption, nameOption } from './common-options.js';
export { CLI_NULL, parseBoolean, parseInteger, parseIntegerBetween, parseKeyValues, parseNullable, parseOneOf, repeatable } from './parsers.js';
export { addResourceCommands } from './resource-commands.js';
