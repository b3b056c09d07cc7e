import { CliInputError } from './cli-input-error.js';

/** The long flag of commander-style flags: `-n, --name <name>` is `--name`. */
export function longFlag(flags: string): string {
  const words = flags.split(/[ ,|]+/).filter((word) => word !== '');
  return words.find((word) => word.startsWith('--')) ?? words[0] ?? flags;
}

/** The key commander stores an option's value under: `--source-ip <address>` is `sourceIp`. */
export function optionKey(flags: string): string {
  const name = longFlag(flags).replace(/^--?/, '').replace(/^no-/, '');
  return name.split('-').reduce((key, word) => key + word.charAt(0).toUpperCase() + word.slice(1));
}

/**
 * Wraps an option's parser so a refusal names the option and quotes the value; a parser that
 * throws anything but CliInputError (commander's InvalidArgumentError, say) is left to it.
 */
export function nameRefusals(flags: string, parse: (value: string, previous: never) => unknown): (value: string, previous: unknown) => unknown {
  const flag = longFlag(flags);
  return (value, previous) => {
    try {
      return parse(value, previous as never);
    } catch (error) {
      if (!(error instanceof CliInputError)) throw error;
      throw new CliInputError(`${flag} is ${JSON.stringify(value)}; ${error.message}`);
    }
  };
}
