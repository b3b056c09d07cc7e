import { type Command, Option } from 'commander';
import { inputError } from '../errors.js';
import { NONE } from './parsers.js';

/** One command-line option that sets one Neutron attribute of the request body. */
export interface AttributeOption {
  /** Commander flags, e.g. `--cidr <cidr>`. */
  flags: string;
  attribute: string;
  description: string;
  parse?: (value: string, previous: never) => unknown;
  required?: boolean;
  defaultValue?: unknown;
}

export function addAttributeOptions(command: Command, options: readonly AttributeOption[]): Command {
  for (const spec of options) {
    const option = new Option(spec.flags, spec.description);
    if (spec.parse) option.argParser(spec.parse as (value: string, previous: unknown) => unknown);
    if (spec.required) option.makeOptionMandatory();
    if (spec.defaultValue !== undefined) option.default(spec.defaultValue);
    command.addOption(option);
  }
  return command;
}

/** The request attributes the given options set; options not given are left out. */
export function attributesFrom(parsed: Record<string, unknown>, options: readonly AttributeOption[]): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const spec of options) {
    const value = parsed[new Option(spec.flags).attributeName()];
    if (value !== undefined) attributes[spec.attribute] = value === NONE ? null : value;
  }
  return attributes;
}

/** Update with nothing to change is a mistake worth naming, not an empty PUT. */
export function requireSomeChange(attributes: Record<string, unknown>, options: readonly AttributeOption[]): void {
  if (Object.keys(attributes).length > 0) return;
  const flags = options.map((spec) => spec.flags.split(' ')[0]).join(', ');
  throw inputError(`nothing to update: give at least one of ${flags}`);
}
