import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/index.js';
import { type TempDir, makeTempDir } from '../host/fixtures.js';

let dir: TempDir;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.remove());

function loadFile(toml: string) {
  dir.write('ops.toml', toml);
  return loadConfig({ argv: ['--config', 'ops.toml'], env: {}, cwd: dir.root });
}

function refusal(toml: string): string {
  let thrown: unknown;
  try {
    loadFile(toml);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ConfigError);
  return (thrown as Error).message;
}

describe('config for several servers: pool, statement timeout, shutdown, metrics', () => {
  it('reads every key it sets', () => {
    const config = loadFile(
      '[server]\ndrain_seconds = 3\nshutdown_grace_seconds = 20\n[database]\npool_size = 4\nstatement_timeout_ms = 0\n[metrics]\nenabled = "yes"\n',
    );
    expect(config.server).toMatchObject({ drainSeconds: 3, shutdownGraceSeconds: 20 });
    expect(config.database).toMatchObject({ poolSize: 4, statementTimeoutMs: 0 });
    expect(config.metrics).toEqual({ enabled: true });
  });

  it.each([
    ['[database]\npool_size = 0\n', '[database] pool_size is 0; expected an integer from 1 to 1000'],
    ['[database]\npool_size = "10"\n', '[database] pool_size is "10"; expected an integer from 1 to 1000'],
    ['[database]\nstatement_timeout_ms = -1\n', '[database] statement_timeout_ms is -1; expected an integer from 0 to 3600000'],
    ['[database]\nstatement_timeout_ms = 1.5\n', '[database] statement_timeout_ms is 1.5; expected an integer from 0 to 3600000'],
    ['[server]\ndrain_seconds = 301\n', '[server] drain_seconds is 301; expected an integer from 0 to 300'],
    ['[server]\nshutdown_grace_seconds = 0\n', '[server] shutdown_grace_seconds is 0; expected an integer from 1 to 3600'],
    ['[metrics]\nenabled = true\n', '[metrics] enabled is true; expected "no" or "yes"'],
    ['[metrics]\nenabled = 1\n', '[metrics] enabled is 1; expected "no" or "yes"'],
  ])('refuses %j, naming the file, the key and what it expects', (toml, message) => {
    expect(refusal(toml)).toBe(`ops.toml: ${message}`);
  });

  it('refuses a misspelt metrics key, listing the allowed one', () => {
    expect(refusal('[metrics]\nenable = "yes"\n')).toBe('ops.toml: unknown key in [metrics] "enable"; allowed keys: enabled');
  });
});
