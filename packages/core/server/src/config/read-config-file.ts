import { readFileSync } from 'node:fs';
import { TomlError, parse } from 'smol-toml';
import { ConfigError } from '../errors.js';
import type { Table } from './config-fields.js';

/**
 * Reads and parses a TOML config file. `source` is how messages name the file;
 * syntax errors point at `source:line:column` so an editor can jump there.
 */
export function readConfigFile(file: string, source: string): Table {
  const text = readText(file, source);
  try {
    return parse(text) as Table;
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const reason = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
    throw new ConfigError(`${source}:${error.line}:${error.column}: invalid TOML: ${reason}`, { cause: error });
  }
}

function readText(file: string, source: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigError(`${source}: the config file does not exist`, { cause: error });
    if (code === 'EISDIR') throw new ConfigError(`${source}: is a directory; expected a TOML file`, { cause: error });
    throw new ConfigError(`${source}: cannot be read (${code ?? String(error)})`, { cause: error });
  }
}
