import { CliInputError } from './cli-input-error.js';

/** `--filter name=web` as the query pair `['name', 'web']`. */
export function parseFilter(value: string): [string, string] {
  const separator = value.indexOf('=');
  if (separator < 1) throw new CliInputError('expected <attribute>=<value>, such as name=web');
  return [value.slice(0, separator), value.slice(separator + 1)];
}

/** The collection path with the filters as its query string (Neutron filters). */
export function withFilters(path: string, filters: ReadonlyArray<[string, string]>): string {
  if (filters.length === 0) return path;
  return `${path}?${new URLSearchParams([...filters]).toString()}`;
}
