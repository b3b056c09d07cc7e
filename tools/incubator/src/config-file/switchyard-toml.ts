import { isDeepStrictEqual } from 'node:util';
import { parse } from 'smol-toml';
import { GeneratorRefusal } from '../lib/generator-refusal.js';
import { pluginQuotaKeys } from './plugin-quota-keys.js';
import { removeArrayItems } from './remove-array-items.js';
import { removeKeys } from './remove-keys.js';
import { removeTable } from './remove-table.js';

/**
 * The one editor of switchyard.toml for the lifecycle generators. It edits the text in place, so
 * the operator's comments and layout stay; smol-toml reads the file before and after, and any edit
 * that does not produce exactly the expected values is refused, saying what to edit by hand.
 * Every function only computes: generators call them while validating, before writing anything.
 */
export interface TomlEdit {
  text: string;
  /** What was removed, for the generator's report (`service_plugins`, `[preview] enabled`, ...). */
  removed: string[];
}

type TomlTable = Record<string, unknown>;

/** One change to the file: where, what it does to the values, and how to do it by hand. */
interface PlannedEdit {
  label: string;
  /** Whether the file has what this edit removes. */
  applies: (values: TomlTable) => boolean;
  /** The same change on parsed values: what the edited text must read as. */
  expect: (values: TomlTable) => void;
  apply: (text: string) => { text: string } | { unsafe: string };
  byHand: string;
}

/**
 * retire: the service leaves service_plugins and [preview] enabled, its [plugins.<service>] table
 * goes, and so do the [quotas] keys the config sample wrote for it (the server refuses a key no
 * loaded plugin counts).
 */
export function removeServiceFromToml(text: string, service: string, packageName: string, file = 'switchyard.toml'): TomlEdit {
  const names = new Set([service, packageName]);
  parseOrRefuse(text, file); // before the key scanner, which expects a file smol-toml accepts
  return applyEdits(text, file, [
    listEdit(['service_plugins'], names),
    listEdit(['preview', 'enabled'], names),
    tableEdit(['plugins', service]),
    keysEdit(['quotas'], pluginQuotaKeys(text, service, packageName)),
  ]);
}

/** promote: a stable service needs no opt-in, so it leaves [preview] enabled; everything else stays. */
export function removePreviewOptIn(text: string, service: string, file = 'switchyard.toml'): TomlEdit {
  return applyEdits(text, file, [listEdit(['preview', 'enabled'], new Set([service]))]);
}

function applyEdits(text: string, file: string, planned: readonly PlannedEdit[]): TomlEdit {
  const before = parseOrRefuse(text, file);
  const edits = planned.filter((edit) => edit.applies(before));
  const refuse = (reason: string) => {
    const steps = edits.map((edit) => edit.byHand).join('; ');
    return new GeneratorRefusal(`Cannot edit ${file} safely: ${reason}. Edit it by hand (${steps}), then run the generator again.`);
  };
  let edited = text;
  for (const edit of edits) {
    const result = edit.apply(edited);
    if ('unsafe' in result) throw refuse(result.unsafe);
    edited = result.text;
  }
  const expected = parseOrRefuse(text, file);
  for (const edit of edits) edit.expect(expected);
  if (!isDeepStrictEqual(withoutEmptyTables(parseOrRefuse(edited, file)), withoutEmptyTables(expected))) {
    throw refuse('its layout is one this editor does not handle (the edited file would not read as intended)');
  }
  return { text: edited, removed: edits.map((edit) => edit.label) };
}

/** Removes the names from the list at `path`; a value there that is not a list is refused. */
function listEdit(path: readonly string[], names: ReadonlySet<string>): PlannedEdit {
  const key = path.at(-1) as string;
  const where = path.length === 1 ? key : `${key} under [${path.slice(0, -1).join('.')}]`;
  const quoted = [...names].map((name) => JSON.stringify(name)).join(' / ');
  return {
    label: path.length === 1 ? key : `[${path.slice(0, -1).join('.')}] ${key}`,
    applies: (values) => {
      const list = valueAt(values, path);
      return list !== undefined && (!Array.isArray(list) || list.some((entry) => names.has(entry as string)));
    },
    expect: (values) => {
      const parent = valueAt(values, path.slice(0, -1)) as TomlTable;
      parent[key] = (parent[key] as unknown[]).filter((entry) => !names.has(entry as string));
    },
    apply: (text) => {
      if (!Array.isArray(valueAt(parse(text), path))) return { unsafe: `${path.join('.')} is not a list (expected ${key} = ["..."])` };
      return { text: removeArrayItems(text, path, names) };
    },
    byHand: `remove ${quoted} from ${where}`,
  };
}

function tableEdit(path: readonly string[]): PlannedEdit {
  const parentPath = path.slice(0, -1);
  return {
    label: `[${path.join('.')}]`,
    applies: (values) => valueAt(values, path) !== undefined,
    expect: (values) => {
      delete (valueAt(values, parentPath) as TomlTable)[path.at(-1) as string];
    },
    apply: (text) => removeTable(text, path),
    byHand: `delete the ${path.join('.')} table ([${path.join('.')}] and its sub-tables, or its ${path.join('.')}.* keys)`,
  };
}

function keysEdit(table: readonly string[], keys: readonly string[]): PlannedEdit {
  const where = `[${table.join('.')}]`;
  return {
    label: `${where} ${keys.join(', ')}`,
    applies: (values) => keys.some((key) => valueAt(values, [...table, key]) !== undefined),
    expect: (values) => {
      for (const key of keys) delete (valueAt(values, table) as TomlTable)[key];
    },
    apply: (text) => removeKeys(text, table, keys),
    byHand: `delete ${keys.join(', ')} from ${where}`,
  };
}

/** The value at a key path, only through tables (arrays of tables are not followed). */
function valueAt(values: TomlTable, path: readonly string[]): unknown {
  let current: unknown = values;
  for (const part of path) {
    if (!isTable(current) || !Object.hasOwn(current, part)) return undefined;
    current = current[part];
  }
  return current;
}

function isTable(value: unknown): value is TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** `[plugins.x]` headers create `plugins` implicitly: once the last goes, so does `plugins`. */
function withoutEmptyTables(values: TomlTable): TomlTable {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => !(isTable(value) && Object.keys(value).length === 0)));
}

function parseOrRefuse(text: string, file: string): TomlTable {
  try {
    return parse(text) as TomlTable;
  } catch (error) {
    throw new GeneratorRefusal(`Cannot read ${file}: ${(error as Error).message.split('\n')[0]}. Fix the file first; the generator edits it.`);
  }
}
