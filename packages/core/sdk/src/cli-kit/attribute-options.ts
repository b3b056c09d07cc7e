import type { CliCommand } from '../cli-plugin.js';
import { CliInputError } from './cli-input-error.js';
import { longFlag, nameRefusals, optionKey } from './option-flags.js';
import { CLI_NULL } from './parsers.js';

/**
 * One command-line option that sets one attribute of the request body.
 *
 * @public
 */
export interface CliAttributeOption {
  /** Commander-style flags taking one value, e.g. `--cidr <cidr>`; repeat with `repeatable()`. */
  flags: string;
  /** The attribute it sets, e.g. `cidr`. */
  attribute: string;
  /** Its line in help. */
  description: string;
  /**
   * Reads the text into the attribute's value (default: the text); throws CliInputError saying
   * what it expects. `previous` is the value so far (for repeatable options).
   */
  // `never`: any parser, whatever it takes as `previous`, fits here (parameters are contravariant).
  parse?: (value: string, previous: never) => unknown;
  /** The command refuses to run without it. */
  required?: boolean;
  /** Sent when the option is not given, and shown in help. */
  defaultValue?: unknown;
}

/**
 * Adds `options` to `command`; their refusals name the option and quote the value.
 *
 * @public
 */
export function addAttributeOptions(command: CliCommand, options: readonly CliAttributeOption[]): CliCommand {
  for (const option of options) {
    const parse = nameRefusals(option.flags, option.parse ?? asText);
    if (option.required) command.requiredOption(option.flags, option.description, parse, option.defaultValue);
    else command.option(option.flags, option.description, parse, option.defaultValue);
  }
  return command;
}

/**
 * The body attributes that `parsed` (the options object of a command action) sets; options not
 * given are left out, and `none` values (CLI_NULL) become null.
 *
 * @public
 */
export function attributesFrom(parsed: Record<string, unknown>, options: readonly CliAttributeOption[]): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const option of options) {
    const value = parsed[optionKey(option.flags)];
    if (value !== undefined) attributes[option.attribute] = value === CLI_NULL ? null : value;
  }
  return attributes;
}

/** An update with nothing to change is a mistake worth naming, not an empty PUT. */
export function requireSomeChange(attributes: Record<string, unknown>, options: readonly CliAttributeOption[]): void {
  if (Object.keys(attributes).length > 0) return;
  throw new CliInputError(`nothing to update: give at least one of ${options.map((option) => longFlag(option.flags)).join(', ')}`);
}

function asText(value: string): string {
  return value;
}
