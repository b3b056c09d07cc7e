import { describe, expect, it } from 'vitest';
import { USAGE, UsageError, parseServerArguments } from '../../src/index.js';

describe('parseServerArguments', () => {
  it('reads every flag', () => {
    expect(
      parseServerArguments(['--config', 'a.toml', '--host', 'h', '--port', '1', '--database-url', 'sqlite:x', '--debug']),
    ).toEqual({ config: 'a.toml', host: 'h', port: '1', databaseUrl: 'sqlite:x', logLevel: undefined, help: false, version: false, debug: true, listMigrations: false });
    expect(parseServerArguments(['--list-migrations']).listMigrations).toBe(true);
    expect(parseServerArguments(['--log-level', 'warn']).logLevel).toBe('warn');
    expect(parseServerArguments(['-h']).help).toBe(true);
    expect(parseServerArguments(['--version']).version).toBe(true);
  });

  it('refuses positional arguments and flags without their value', () => {
    expect(() => parseServerArguments(['serve'])).toThrow(UsageError);
    expect(() => parseServerArguments(['--port'])).toThrow(/--port <value>' argument missing; run "switchyard-server --help"/);
  });

  it('documents every flag and environment variable in the usage text', () => {
    for (const word of ['--config', '--host', '--port', '--database-url', '--log-level', '--list-migrations', '--debug', '--help', '--version']) expect(USAGE).toContain(word);
    for (const variable of ['SWITCHYARD_CONFIG', 'SWITCHYARD_HOST', 'SWITCHYARD_PORT', 'SWITCHYARD_DATABASE_URL', 'SWITCHYARD_LOG_LEVEL']) {
      expect(USAGE).toContain(variable);
    }
  });
});
