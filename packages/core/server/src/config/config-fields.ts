import { ConfigError } from '../errors.js';

/**
 * Helpers for reading the config file: each message names where the value lives
 * (`switchyard.toml: [server] port`) and what was expected, quoting what it found.
 */
export type Table = Record<string, unknown>;

/** Where a value sits: the file shown to the user and the section (`server`, `auth.tokens."t"`). */
export interface Location {
  source: string;
  section?: string;
}

export function keyName(location: Location, key: string): string {
  return location.section === undefined ? key : `[${location.section}] ${key}`;
}

export function invalidValue(location: Location, key: string, value: unknown, expected: string): ConfigError {
  return new ConfigError(`${location.source}: ${keyName(location, key)} is ${describeValue(value)}; expected ${expected}`);
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (isTable(value)) return 'a table';
  if (value instanceof Date) return `the date ${value.toISOString()}`;
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value) ?? String(value);
}

export function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Typos must not be ignored: any key outside `allowed` is an error that lists the allowed ones. */
export function checkKeys(location: Location, table: Table, allowed: readonly string[]): void {
  for (const key of Object.keys(table)) {
    if (allowed.includes(key)) continue;
    const where = location.section === undefined ? 'top-level key' : `key in [${location.section}]`;
    throw new ConfigError(`${location.source}: unknown ${where} ${JSON.stringify(key)}; allowed keys: ${allowed.join(', ')}`);
  }
}

export function readTable(location: Location, table: Table, key: string): Table | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  if (!isTable(value)) throw invalidValue(location, key, value, `a table ([${sectionPath(location, key)}])`);
  return value;
}

function sectionPath(location: Location, key: string): string {
  return location.section === undefined ? key : `${location.section}.${key}`;
}
