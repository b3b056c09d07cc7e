import type { CliCommand } from '@switchyard/sdk';
import { NONE } from './parse-options.js';

/** A command-line option that sets one attribute of a firewall resource. */
export interface AttributeOption {
  /** Long flag and value, e.g. `--protocol <tcp|udp|icmp|any>`. */
  flags: string;
  /** The attribute it sets, e.g. `protocol`. */
  attribute: string;
  description: string;
  parse?: (value: string, previous: never) => unknown;
}

export function addAttributeOptions(command: CliCommand, options: readonly AttributeOption[]): CliCommand {
  for (const option of options) {
    if (option.parse) command.option(option.flags, option.description, option.parse as (value: string, previous: unknown) => unknown);
    else command.option(option.flags, option.description);
  }
  return command;
}

/** The attributes set on the command line; options not given are left out of the body. */
export function attributesFrom(parsed: Record<string, unknown>, options: readonly AttributeOption[]): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const option of options) {
    const value = parsed[optionKey(option.flags)];
    if (value !== undefined) attributes[option.attribute] = value === NONE ? null : value;
  }
  return attributes;
}

/** Commander's key for a flag: `--source-ip <address>` is `sourceIp`. */
export function optionKey(flags: string): string {
  return flags
    .split(' ')[0]
    .replace(/^--/, '')
    .replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
