import { ConfigError } from '../errors.js';
import { type Location, type Table, checkKeys, invalidValue, isTable, keyName, readTable } from './config-fields.js';
import { type ConfigKey, type ConfigSection, type PluginKeys, type StringListKey, type TablesKey, expectedValue } from './config-schema.js';

/**
 * Validates one section of the parsed file against its schema and returns its keys as written
 * (unset keys stay unset: flags, environment and defaults fill them in later).
 */
export function readSection(source: string, section: ConfigSection, table: Table, allowedExtra: readonly string[] = []): Table {
  const location: Location = { source, section: section.name };
  if (section.entries !== undefined) return readOpenTables(location, table);
  const known = [...section.keys.map((key) => key.key), ...allowedExtra];
  if (section.pluginKeys === undefined) checkKeys(location, table, known);
  const values = readKeys(location, section.keys, table);
  return section.pluginKeys === undefined ? values : { ...values, ...readPluginKeys(location, section.pluginKeys, table, known) };
}

/** Keys a plugin may declare: only their values are checked here, their names once the plugins are loaded. */
function readPluginKeys(location: Location, pluginKeys: PluginKeys, table: Table, known: readonly string[]): Table {
  // Key names are the operator's: a null prototype keeps "__proto__" an ordinary key.
  const values: Table = Object.create(null) as Table;
  for (const [name, value] of Object.entries(table)) {
    if (!known.includes(name)) values[name] = readKey(location, { ...pluginKeys.value, key: name, description: [] }, value);
  }
  return values;
}

function readKeys(location: Location, keys: readonly ConfigKey[], table: Table): Table {
  const values: Table = {};
  for (const key of keys) {
    const value = readKey(location, key, table[key.key]);
    if (value !== undefined) values[key.key] = value;
  }
  return values;
}

/** The value of one key when it passes its schema; undefined when unset. */
export function readKey(location: Location, key: ConfigKey, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (key.type === 'tables') return readTables(location, key, value);
  if (!accepts(key, value)) throw invalidValue(location, key.key, value, expectedValue(key));
  if (key.type === 'string-list') checkEntries(location, key, value as string[]);
  return value;
}

function accepts(key: Exclude<ConfigKey, TablesKey>, value: unknown): boolean {
  switch (key.type) {
    case 'string':
      return isNonEmptyString(value) && (key.check?.(value) ?? true);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= key.minimum && value <= key.maximum;
    case 'choice':
      return key.allowed.includes(value as string);
    case 'string-list':
      return Array.isArray(value) && value.every(isNonEmptyString);
  }
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function checkEntries(location: Location, key: StringListKey, entries: readonly string[]): void {
  const entry = key.entry;
  const bad = entry && entries.find((candidate) => !entry.pattern.test(candidate));
  if (entry === undefined || bad === undefined) return;
  throw new ConfigError(`${location.source}: ${keyName(location, key.key)} entry ${JSON.stringify(bad)} is not valid; expected ${entry.expected}`);
}

/** `[auth.tokens."<secret>"]`: each entry is a table of the key's `keys`; required ones must be set. */
function readTables(location: Location, key: TablesKey, value: unknown): Table {
  const tables = readTable(location, { [key.key]: value }, key.key) as Table;
  const parent = location.section === undefined ? key.key : `${location.section}.${key.key}`;
  // Entry names are the operator's (token secrets): a null prototype keeps "__proto__" an ordinary key.
  const entries: Table = Object.create(null) as Table;
  for (const [name, entry] of Object.entries(tables)) {
    const section = `${parent}.${JSON.stringify(name)}`;
    if (!isTable(entry)) throw invalidValue({ source: location.source, section: parent }, JSON.stringify(name), entry, `a table ([${section}])`);
    entries[name] = readEntry({ source: location.source, section }, key.keys, entry);
  }
  return entries;
}

function readEntry(location: Location, keys: readonly ConfigKey[], entry: Table): Table {
  checkKeys(location, entry, keys.map((key) => key.key));
  const values = readKeys(location, keys, entry);
  for (const key of keys) {
    if (values[key.key] !== undefined) continue;
    if (key.required) throw invalidValue(location, key.key, undefined, expectedValue(key));
    if ('default' in key && key.default !== undefined) values[key.key] = copyOf(key.default);
  }
  return values;
}

function copyOf<T>(value: T): T {
  return Array.isArray(value) ? ([...value] as T) : value;
}

/** `[plugins.<service>]`: any name, each a table; its keys are checked later against the plugin's schema. */
function readOpenTables(location: Location, table: Table): Table {
  for (const [name, value] of Object.entries(table)) {
    if (!isTable(value)) throw invalidValue(location, name, value, `a table ([${location.section}.${name}])`);
  }
  return table;
}
