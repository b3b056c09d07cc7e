import { InvalidArgumentError } from 'commander';

/**
 * Option parsers: commander reports their errors as
 * "option '--ip-version <4|6>' argument 'x' is invalid. <reason>".
 */
export function parseInteger(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError('Expected a whole number.');
  return Number(value);
}

export function parseBoolean(value: string): boolean {
  if (value === 'true' || value === 'yes') return true;
  if (value === 'false' || value === 'no') return false;
  throw new InvalidArgumentError('Expected true or false.');
}

/**
 * Stands for JSON null: commander turns a parser's `null` into an empty string, so
 * `attributesFrom` swaps this marker for null when it builds the body.
 */
export const NONE = Symbol('none');

/** `none` stands for JSON null (`--gateway none`: a subnet without gateway). */
export function parseNullable(value: string): string | typeof NONE {
  return value === 'none' ? NONE : value;
}

/** For repeatable options: each use adds one value. */
export function collect<T>(parse: (value: string) => T): (value: string, previous: T[] | undefined) => T[] {
  return (value, previous) => [...(previous ?? []), parse(value)];
}

/** `key=value,key=value` into an object with the given keys (dashes become underscores). */
export function parseKeyValues(allowed: readonly string[]): (value: string) => Record<string, string> {
  return (value) => {
    const pairs = value.split(',').map((pair) => pair.split('='));
    const result: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [key, ...rest] of pairs) {
      const attribute = key.trim().replaceAll('-', '_');
      if (!allowed.includes(attribute) || rest.length === 0) {
        throw new InvalidArgumentError(`Expected ${allowed.map((name) => `${name}=<value>`).join(',')}.`);
      }
      result[attribute] = rest.join('=');
    }
    return result;
  };
}
