import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, UsageError, loadConfig } from '../../src/index.js';
import { type TempDir, makeTempDir } from '../host/fixtures.js';

let dir: TempDir;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.remove());

/** Loads `switchyard.toml` from the temp dir, as `switchyard-server` run there would. */
function loadFile(toml: string, argv: string[] = [], env: Record<string, string> = {}) {
  dir.write('switchyard.toml', toml);
  return loadConfig({ argv, env, cwd: dir.root });
}

function refusal(toml: string, argv: string[] = [], env: Record<string, string> = {}): string {
  try {
    loadFile(toml, argv, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadConfig to refuse the configuration');
}

describe('loadConfig defaults', () => {
  it('runs with defaults when there is no config file', () => {
    const config = loadConfig({ argv: [], env: {}, cwd: dir.root });
    expect(config).toEqual({
      configFile: undefined,
      configSource: undefined,
      baseDir: dir.root,
      server: { host: '127.0.0.1', port: 9696, logLevel: 'info', drainSeconds: 0, shutdownGraceSeconds: 10 },
      database: { url: 'sqlite:.switchyard/switchyard.db', poolSize: 10, statementTimeoutMs: 30000 },
      metrics: { enabled: false },
      dashboard: { enabled: false },
      quotas: { network: 100, subnet: 100, port: 500, router: 10 },
      authStrategy: 'noauth',
      auth: { defaultProject: 'default', tokens: {} },
      servicePlugins: [],
      preview: { enabled: [] },
      plugins: {},
    });
  });

  it('reads every documented key of the file', () => {
    const config = loadFile(`
auth_strategy = "token"
service_plugins = ["firewall", "@acme/switchyard-dns"]
[server]
host = "0.0.0.0"
port = 8080
[database]
url = "postgres://switchyard:secret@db:5432/switchyard"
[auth]
default_project = "ops"
[auth.tokens."s3cret"]
project = "demo"
roles = ["admin"]
[auth.tokens."viewer"]
project = "demo"
[preview]
enabled = ["firewall"]
[plugins.firewall]
max_rules = 10
`);
    expect(config).toMatchObject({
      configFile: path.join(dir.root, 'switchyard.toml'),
      configSource: 'switchyard.toml',
      baseDir: dir.root,
      server: { host: '0.0.0.0', port: 8080 },
      database: { url: 'postgres://switchyard:secret@db:5432/switchyard' },
      authStrategy: 'token',
      auth: { defaultProject: 'ops', tokens: { s3cret: { project: 'demo', roles: ['admin'] }, viewer: { project: 'demo', roles: [] } } },
      servicePlugins: ['firewall', '@acme/switchyard-dns'],
      preview: { enabled: ['firewall'] },
      plugins: { firewall: { max_rules: 10 } },
    });
  });

  it('resolves relative paths against the config file directory, not the working directory', () => {
    dir.write('etc/switchyard.toml', '[server]\nport = 9000\n');
    const config = loadConfig({ argv: ['--config', 'etc/switchyard.toml'], env: {}, cwd: dir.root });
    expect(config.baseDir).toBe(path.join(dir.root, 'etc'));
    expect(config.configSource).toBe(path.join('etc', 'switchyard.toml'));
  });
});

describe('loadConfig refusals', () => {
  it('names file, key and expectation for a bad port', () => {
    expect(refusal('[server]\nport = "abc"\n')).toBe('switchyard.toml: [server] port is "abc"; expected an integer from 1 to 65535');
    expect(refusal('[server]\nport = 70000\n')).toBe('switchyard.toml: [server] port is 70000; expected an integer from 1 to 65535');
  });

  it('gives file:line:column for TOML syntax errors', () => {
    expect(refusal('[server]\nport = 9696\nhost = \n')).toMatch(/^switchyard\.toml:3:\d+: invalid TOML: /);
  });

  it('refuses unknown top-level keys and lists the allowed ones', () => {
    expect(refusal('service_plugin = ["firewall"]\n')).toBe(
      'switchyard.toml: unknown top-level key "service_plugin"; allowed keys: auth_strategy, service_plugins, server, logging, database, metrics, dashboard, quotas, auth, preview, plugins',
    );
  });

  it('refuses unknown keys inside a section', () => {
    expect(refusal('[server]\nhots = "0.0.0.0"\n')).toBe('switchyard.toml: unknown key in [server] "hots"; allowed keys: host, port, log_level, drain_seconds, shutdown_grace_seconds');
    expect(refusal('[preview]\nenable = ["firewall"]\n')).toBe('switchyard.toml: unknown key in [preview] "enable"; allowed keys: enabled');
    expect(refusal('[auth.tokens."t1"]\nproject = "demo"\nrole = ["admin"]\n')).toBe(
      'switchyard.toml: unknown key in [auth.tokens."t1"] "role"; allowed keys: project, roles',
    );
  });

  it('refuses values of the wrong type or outside the choices', () => {
    expect(refusal('auth_strategy = "keystone"\n')).toBe('switchyard.toml: auth_strategy is "keystone"; expected "noauth" or "token"');
    expect(refusal('service_plugins = "firewall"\n')).toBe(
      'switchyard.toml: service_plugins is "firewall"; expected a list of non-empty strings, such as ["firewall"]',
    );
    expect(refusal('[preview]\nenabled = [1]\n')).toBe(
      'switchyard.toml: [preview] enabled is [1]; expected a list of non-empty strings, such as ["firewall"]',
    );
    expect(refusal('server = 1\n')).toBe('switchyard.toml: server is 1; expected a table ([server])');
    expect(refusal('[plugins]\nfirewall = true\n')).toBe('switchyard.toml: [plugins] firewall is true; expected a table ([plugins.firewall])');
  });

  it('refuses service_plugins entries that are neither service nor package names', () => {
    expect(refusal('service_plugins = ["Fire Wall"]\n')).toBe(
      'switchyard.toml: service_plugins entry "Fire Wall" is not valid; expected a service name such as "firewall" or a package name such as "@acme/switchyard-dns"',
    );
  });

  it('refuses a database url it cannot open', () => {
    expect(refusal('[database]\nurl = "mysql://localhost/db"\n')).toBe(
      'switchyard.toml: [database] url is "mysql://localhost/db"; expected "sqlite:<file>" (relative to the config file\'s directory), "sqlite::memory:" or "postgres://user:password@host:port/database"',
    );
  });

  it('refuses token auth without tokens and tokens without a project', () => {
    expect(refusal('auth_strategy = "token"\n')).toBe(
      'switchyard.toml: auth_strategy is "token" but no token is configured; add one such as [auth.tokens."<secret>"] project = "demo", roles = ["admin"], or use auth_strategy = "noauth"',
    );
    expect(refusal('[auth.tokens."t1"]\nroles = ["admin"]\n')).toBe(
      'switchyard.toml: [auth.tokens."t1"] project is missing; expected the project id this token acts for, such as "demo"',
    );
  });

  it('refuses a config file named by flag or environment that does not exist', () => {
    const missing = path.join(dir.root, 'nope.toml');
    expect(() => loadConfig({ argv: ['--config', 'nope.toml'], env: {}, cwd: dir.root })).toThrow(
      `--config names "nope.toml", which does not exist (looked for ${missing})`,
    );
    expect(() => loadConfig({ argv: [], env: { SWITCHYARD_CONFIG: 'nope.toml' }, cwd: dir.root })).toThrow(
      `SWITCHYARD_CONFIG names "nope.toml", which does not exist (looked for ${missing})`,
    );
  });
});

describe('loadConfig overrides', () => {
  const file = '[server]\nhost = "10.0.0.1"\nport = 1000\n[database]\nurl = "sqlite:file.db"\n';

  it('lets the environment override the file', () => {
    const config = loadFile(file, [], {
      SWITCHYARD_HOST: '10.0.0.2',
      SWITCHYARD_PORT: '2000',
      SWITCHYARD_DATABASE_URL: 'postgres://env/db',
    });
    expect(config.server).toMatchObject({ host: '10.0.0.2', port: 2000, logLevel: 'info' });
    expect(config.database.url).toBe('postgres://env/db');
  });

  it('lets flags override the environment and the file', () => {
    const config = loadFile(file, ['--host', '10.0.0.3', '--port', '3000', '--database-url', 'postgres://flag/db'], {
      SWITCHYARD_HOST: '10.0.0.2',
      SWITCHYARD_PORT: '2000',
      SWITCHYARD_DATABASE_URL: 'postgres://env/db',
    });
    expect(config.server).toMatchObject({ host: '10.0.0.3', port: 3000, logLevel: 'info' });
    expect(config.database.url).toBe('postgres://flag/db');
  });

  it('keeps file values the overrides do not touch, and ignores empty variables', () => {
    const config = loadFile(file, ['--port', '3000'], { SWITCHYARD_HOST: '' });
    expect(config.server).toMatchObject({ host: '10.0.0.1', port: 3000, logLevel: 'info' });
    expect(config.database.url).toBe('sqlite:file.db');
  });

  it('prefers --config over SWITCHYARD_CONFIG', () => {
    dir.write('a.toml', '[server]\nport = 1111\n');
    dir.write('b.toml', '[server]\nport = 2222\n');
    expect(loadConfig({ argv: ['--config', 'a.toml'], env: { SWITCHYARD_CONFIG: 'b.toml' }, cwd: dir.root }).server.port).toBe(1111);
    expect(loadConfig({ argv: [], env: { SWITCHYARD_CONFIG: 'b.toml' }, cwd: dir.root }).server.port).toBe(2222);
  });

  it('reads a relative SQLite path given on the command line from the working directory', () => {
    dir.write('etc/switchyard.toml', '');
    const config = loadConfig({ argv: ['--config', 'etc/switchyard.toml', '--database-url', 'sqlite:data/s.db'], env: {}, cwd: dir.root });
    expect(config.database.url).toBe(`sqlite:${path.join(dir.root, 'data/s.db')}`);
  });

  it('names the flag or variable of a bad override', () => {
    expect(() => loadFile(file, ['--port', 'abc'])).toThrow('--port is "abc"; expected an integer from 1 to 65535');
    expect(() => loadFile(file, [], { SWITCHYARD_PORT: '0' })).toThrow('SWITCHYARD_PORT is "0"; expected an integer from 1 to 65535');
    expect(() => loadFile(file, [], { SWITCHYARD_DATABASE_URL: 'db.sqlite' })).toThrow(/^SWITCHYARD_DATABASE_URL is "db.sqlite"; expected "sqlite:<file>"/);
    expect(() => loadFile(file, ['--host', 'a host'])).toThrow(
      '--host is "a host"; expected a host name or IP address, such as "127.0.0.1" or "0.0.0.0"',
    );
  });

  it('reads the log level from the file, the environment and the flag, in that order of precedence', () => {
    const withLevel = '[server]\nlog_level = "warn"\n';
    expect(loadFile(withLevel).server.logLevel).toBe('warn');
    expect(loadFile(withLevel, [], { SWITCHYARD_LOG_LEVEL: 'error' }).server.logLevel).toBe('error');
    expect(loadFile(withLevel, ['--log-level', 'debug'], { SWITCHYARD_LOG_LEVEL: 'error' }).server.logLevel).toBe('debug');
    expect(refusal('[server]\nlog_level = "loud"\n')).toBe(
      'switchyard.toml: [server] log_level is "loud"; expected "fatal" or "error" or "warn" or "info" or "debug" or "trace" or "silent"',
    );
    expect(() => loadFile('', ['--log-level', 'loud'])).toThrow(
      '--log-level is "loud"; expected one of fatal, error, warn, info, debug, trace, silent',
    );
  });

  it('refuses unknown flags with a pointer to --help', () => {
    expect(() => loadFile(file, ['--prot', '1'])).toThrow(UsageError);
    expect(() => loadFile(file, ['--prot', '1'])).toThrow(`Unknown option '--prot'; run "switchyard-server --help" for the options`);
  });
});
