import { CliInputError } from './cli-input-error.js';

/**
 * Stands for JSON null in a parsed option: commander turns a parser's `null` into an empty
 * string, so parsers return this marker and `attributesFrom` sends null in its place.
 *
 * @public
 */
export const CLI_NULL: unique symbol = Symbol('switchyard.cli.null');

/**
 * A whole number, negative ones included.
 *
 * @public
 */
export function parseInteger(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new CliInputError('expected a whole number');
  return Number(value);
}

/**
 * A parser for whole numbers from `min` to `max`, e.g. ports: `parseIntegerBetween(0, 65535)`.
 *
 * @public
 */
export function parseIntegerBetween(min: number, max: number): (value: string) => number {
  return (value) => {
    const parsed = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (parsed >= min && parsed <= max) return parsed;
    throw new CliInputError(`expected a whole number from ${min} to ${max}`);
  };
}

/**
 * `true` or `false` (`yes` and `no` too).
 *
 * @public
 */
export function parseBoolean(value: string): boolean {
  if (value === 'true' || value === 'yes') return true;
  if (value === 'false' || value === 'no') return false;
  throw new CliInputError('expected true or false');
}

/**
 * A parser that accepts only `values`, e.g. `parseOneOf(['allow', 'deny'])`.
 *
 * @public
 */
export function parseOneOf<T extends string>(values: readonly T[]): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new CliInputError(`expected one of ${values.join(', ')}`);
  };
}

/**
 * The text, or JSON null for `none`: `--gateway none` is a subnet without gateway.
 *
 * @public
 */
export function parseNullable(value: string): string | typeof CLI_NULL {
  return value === 'none' ? CLI_NULL : value;
}

/**
 * A parser for `key=value,key=value` with the given keys (dashes read as underscores), into an
 * object: `--fixed-ip subnet-id=s1` is `{ subnet_id: 's1' }`.
 *
 * @public
 */
export function parseKeyValues(keys: readonly string[]): (value: string) => Record<string, string> {
  return (value) => {
    const result: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [key, ...rest] of value.split(',').map((pair) => pair.split('='))) {
      const attribute = key.trim().replaceAll('-', '_');
      if (!keys.includes(attribute) || rest.length === 0) throw new CliInputError(`expected ${keys.map((name) => `${name}=<value>`).join(',')}`);
      result[attribute] = rest.join('=');
    }
    return result;
  };
}

/**
 * A repeatable option (`--rule a --rule b`): each use adds its text to a list.
 *
 * @public
 */
export function repeatable(): (value: string, previous: string[] | undefined) => string[];
/**
 * A repeatable option whose values `parse` reads: `repeatable(parseKeyValues(['start', 'end']))`.
 *
 * @public
 */
export function repeatable<T>(parse: (value: string) => T): (value: string, previous: T[] | undefined) => T[];
export function repeatable(parse: (value: string) => unknown = (value) => value): (value: string, previous: never) => unknown[] {
  return (value, previous: unknown[] | undefined) => [...(previous ?? []), parse(value)];
}
