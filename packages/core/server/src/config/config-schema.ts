/**
 * The shape of a described config schema: every key of `switchyard.toml` with its type, default,
 * allowed values and a description. The server validates the file from it and
 * `switchyard config sample` prints the annotated sample from it, so the two cannot drift.
 *
 * @public
 */
export type ConfigKey = StringKey | IntegerKey | ChoiceKey | StringListKey | TablesKey;

/**
 * What every key has, whatever its type.
 *
 * @public
 */
export interface KeyBase {
  key: string;
  /** What the key does, one line of the sample's comment each. */
  description: readonly string[];
  /** The flag and environment variable that win over the file, when there are. */
  override?: { flag: string; env: string };
  /** A key without default that must be set (only inside a table entry, such as a token's project). */
  required?: boolean;
}

/**
 * A non-empty string; `check` narrows it further and `expected` then says what passes.
 *
 * @public
 */
export interface StringKey extends KeyBase {
  type: 'string';
  default?: string;
  check?: (value: string) => boolean;
  expected?: string;
  /** Shown in the sample when there is no default. */
  example?: string;
}

/** @public */
export interface IntegerKey extends KeyBase {
  type: 'integer';
  minimum: number;
  maximum: number;
  default?: number;
}

/** @public */
export interface ChoiceKey extends KeyBase {
  type: 'choice';
  allowed: readonly string[];
  default?: string;
}

/**
 * A list of non-empty strings; `entry` checks each one.
 *
 * @public
 */
export interface StringListKey extends KeyBase {
  type: 'string-list';
  default?: readonly string[];
  entry?: { pattern: RegExp; expected: string };
  example?: readonly string[];
}

/**
 * A table of named tables, such as `[auth.tokens."<secret>"]`; each entry holds `keys`.
 *
 * @public
 */
export interface TablesKey extends KeyBase {
  type: 'tables';
  /** How the sample names an entry, such as `"<secret>"`. */
  entryName: string;
  keys: readonly ConfigKey[];
  /** An entry the sample shows commented out. */
  example?: { name: string; values: Record<string, string | readonly string[]> };
  /** The sample's line above that entry (default: "Uncomment to use it:"). */
  exampleNote?: string;
}

/**
 * A section of the file: `name` undefined for the top-level keys. A section with `entries`
 * holds named tables checked elsewhere (`[plugins.<service>]`, by each plugin's own schema);
 * one with `pluginKeys` takes further keys that loaded plugins declare (`[quotas] security_group`).
 *
 * @public
 */
export interface ConfigSection {
  name?: string;
  description: readonly string[];
  keys: readonly ConfigKey[];
  entries?: { entryName: string };
  pluginKeys?: PluginKeys;
}

/**
 * Keys of a section that come from plugins: one per resource a plugin's quota counts, such as
 * `[quotas] security_group`. Each value is checked as `value` when the file is read, each name
 * against the loaded plugins at start-up; the sample shows every installed plugin's.
 *
 * @public
 */
export interface PluginKeys {
  value: Omit<IntegerKey, 'key' | 'description' | 'default'>;
  /** A plugin key's description, from the plugin's plural name for what it counts ("security groups"). */
  describe: (noun: string) => readonly string[];
}

/** @public */
export type ConfigValue = string | number | readonly string[];

export const NON_EMPTY_STRING = 'a non-empty string';
export const STRING_LIST = 'a list of non-empty strings, such as ["firewall"]';

/**
 * What a key accepts, as refusals say it after "expected".
 *
 * @public
 */
export function expectedValue(key: ConfigKey): string {
  switch (key.type) {
    case 'string':
      return key.expected ?? NON_EMPTY_STRING;
    case 'integer':
      return `an integer from ${key.minimum} to ${key.maximum}`;
    case 'choice':
      return key.allowed.map((choice) => JSON.stringify(choice)).join(' or ');
    case 'string-list':
      return STRING_LIST;
    case 'tables':
      return 'a table';
  }
}

/**
 * The default of `[section] key` (top level when `section` is undefined); throws when there is none.
 *
 * @public
 */
export function defaultOf(schema: readonly ConfigSection[], section: string | undefined, key: string): ConfigValue {
  const found = schema.find((candidate) => candidate.name === section)?.keys.find((candidate) => candidate.key === key);
  const value = found && 'default' in found ? found.default : undefined;
  if (value === undefined) throw new Error(`the config schema has no default for ${section === undefined ? key : `[${section}] ${key}`}`);
  return value;
}
