import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCliConfig } from './cli-config.js';
import { resolveConnection } from './connection.js';
import { hasFlag, peekOption } from './peek-option.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'switchyard-cli-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);

describe('readCliConfig', () => {
  it('reads ./switchyard.toml when there is one, and nothing otherwise', () => {
    expect(readCliConfig(dir, undefined)).toBeUndefined();
    write('switchyard.toml', 'service_plugins = ["firewall"]\n[server]\nhost = "0.0.0.0"\nport = 9797\n[database]\nurl = "sqlite::memory:"\n');
    expect(readCliConfig(dir, undefined)).toEqual({
      source: 'switchyard.toml',
      directory: dir,
      server: { host: '0.0.0.0', port: 9797 },
      servicePlugins: ['firewall'],
    });
  });

  it('requires the file --config names', () => {
    expect(() => readCliConfig(dir, 'other.toml')).toThrow('other.toml: the config file does not exist (given by --config)');
  });

  it('points at the line and column of a TOML syntax error', () => {
    write('bad.toml', '[server]\nport = \n');
    expect(() => readCliConfig(dir, 'bad.toml')).toThrow(/^bad\.toml:2:\d+: invalid TOML: /);
  });

  it('names a key of the wrong type and what is expected', () => {
    write('switchyard.toml', '[server]\nport = "9696"\n');
    expect(() => readCliConfig(dir, undefined)).toThrow('switchyard.toml: server.port is "9696"; expected a port number from 1 to 65535');
    write('switchyard.toml', 'service_plugins = "firewall"\n');
    expect(() => readCliConfig(dir, undefined)).toThrow(
      'switchyard.toml: service_plugins is "firewall"; expected a list of service or package names, such as ["firewall"]',
    );
  });
});

describe('resolveConnection', () => {
  const config = { source: 'switchyard.toml', directory: '/etc/switchyard', server: { host: '0.0.0.0', port: 9797 }, servicePlugins: [] };

  it('takes --url over SWITCHYARD_URL over the config file over the default', () => {
    const env = { SWITCHYARD_URL: 'http://env:1' };
    expect(resolveConnection({ url: 'http://flag:2/' }, env, config).url).toBe('http://flag:2');
    expect(resolveConnection({}, env, config).url).toBe('http://env:1');
    expect(resolveConnection({}, {}, config).url).toBe('http://127.0.0.1:9797');
    expect(resolveConnection({}, {}, undefined).url).toBe('http://127.0.0.1:9696');
  });

  it('reaches an IPv6 listen address in brackets', () => {
    expect(resolveConnection({}, {}, { ...config, server: { host: '::1', port: 9000 } }).url).toBe('http://[::1]:9000');
  });

  it('takes credentials from flags, then the environment', () => {
    expect(resolveConnection({ project: 'p1' }, { SWITCHYARD_PROJECT: 'p2', SWITCHYARD_TOKEN: 't2' }, undefined)).toEqual({
      url: 'http://127.0.0.1:9696',
      project: 'p1',
      token: 't2',
    });
  });

  it('refuses a URL that is not http(s)', () => {
    expect(() => resolveConnection({ url: 'localhost:9696' }, {}, undefined)).toThrow('the server URL "localhost:9696" must start with http:// or https://');
    expect(() => resolveConnection({ url: 'nonsense' }, {}, undefined)).toThrow(
      'the server URL "nonsense" is not a URL; expected something like http://127.0.0.1:9696',
    );
  });
});

describe('peekOption', () => {
  it('finds --config in both spellings, before --', () => {
    expect(peekOption(['network', 'list', '--config', 'a.toml'], '--config')).toBe('a.toml');
    expect(peekOption(['--config=b.toml', 'network'], '--config')).toBe('b.toml');
    expect(peekOption(['network', '--', '--config', 'c.toml'], '--config')).toBeUndefined();
    expect(hasFlag(['network', 'list', '--debug'], '--debug')).toBe(true);
    expect(hasFlag(['--', '--debug'], '--debug')).toBe(false);
  });
});
