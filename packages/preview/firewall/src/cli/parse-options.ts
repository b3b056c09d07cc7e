/**
 * Parsers for the firewall's command-line options. A bad value throws an error naming the
 * option and what it accepts; the CLI prints it as one line.
 */
export function choice<T extends string>(flag: string, values: readonly T[]): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new Error(`${flag} is ${JSON.stringify(value)}; expected one of ${values.join(', ')}`);
  };
}

export function integer(flag: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    if (/^\d+$/.test(value) && parsed >= min && parsed <= max) return parsed;
    throw new Error(`${flag} is ${JSON.stringify(value)}; expected a whole number from ${min} to ${max}`);
  };
}

export function boolean(flag: string): (value: string) => boolean {
  return (value) => {
    if (value === 'true' || value === 'false') return value === 'true';
    throw new Error(`${flag} is ${JSON.stringify(value)}; expected true or false`);
  };
}

/**
 * Stands for JSON null: the CLI's option parser turns a parsed `null` into an empty string, so
 * `attributesFrom` swaps this marker for null when it builds the body.
 */
export const NONE = Symbol('none');

/** `none` clears an attribute (JSON null), e.g. `--destination-port none`. */
export function nullable(value: string): string | typeof NONE {
  return value === 'none' ? NONE : value;
}

/** Repeatable options (`--rule a --rule b`) collect into a list. */
export function repeatable(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
