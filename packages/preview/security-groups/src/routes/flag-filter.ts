import { parseBooleanFilter } from '@switchyard/sdk';

/**
 * The flag a `?<name>=true|false` filter asks for; undefined when it asks for both (every row is
 * one or the other, so nothing is filtered).
 */
export function wantedFlag(name: string, values: readonly string[]): boolean | undefined {
  const wanted = new Set(values.map((value) => parseBooleanFilter(name, value)));
  return wanted.size === 1 ? wanted.has(true) : undefined;
}
