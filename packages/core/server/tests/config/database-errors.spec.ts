import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, type SwitchyardConfig, loadConfig, startServer } from '../../src/index.js';
import { type TempDir, makeTempDir } from '../host/fixtures.js';

let dir: TempDir;
beforeEach(() => {
  dir = makeTempDir();
  // A file where the database folder should be: refused before anything is written.
  dir.write('blocker', 'not a folder');
});
afterEach(() => dir.remove());

const BLOCKED = 'sqlite:blocker/switchyard.db';

async function startupRefusal(config: SwitchyardConfig): Promise<string> {
  const error: unknown = await startServer({ config }).then(
    async (server) => {
      await server.close();
      return new Error('expected the server to refuse to start');
    },
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as Error).message;
}

function load(argv: string[] = [], env: Record<string, string> = {}): SwitchyardConfig {
  return loadConfig({ argv, env, cwd: dir.root });
}

describe('start-up refusals for a database that cannot be opened', () => {
  it('names the config file, [database] url and what to do', async () => {
    dir.write('switchyard.toml', `[database]\nurl = "${BLOCKED}"\n`);
    expect(await startupRefusal(load())).toBe(
      `switchyard.toml: [database] url = "${BLOCKED}": ${path.join(dir.root, 'blocker')} is a file, not a folder; ` +
        'point [database] url at a writable folder, e.g. "sqlite:.switchyard/switchyard.db"',
    );
  });

  it('names the file as --config gave it', async () => {
    dir.write('etc/switchyard.toml', `[database]\nurl = "sqlite:../blocker/switchyard.db"\n`);
    expect(await startupRefusal(load(['--config', 'etc/switchyard.toml']))).toMatch(
      /^etc\/switchyard\.toml: \[database\] url = "sqlite:\.\.\/blocker\/switchyard\.db": .* is a file, not a folder; point \[database\] url at/,
    );
  });

  it('names the flag or variable that set the url', async () => {
    dir.write('switchyard.toml', '[database]\nurl = "sqlite:state/switchyard.db"\n');
    const blocked = `sqlite:${path.join(dir.root, 'blocker/switchyard.db')}`;
    expect(await startupRefusal(load(['--database-url', BLOCKED]))).toMatch(
      new RegExp(`^--database-url "${blocked}": .* is a file, not a folder; point --database-url at a writable folder, e\\.g\\. `),
    );
    expect(await startupRefusal(load([], { SWITCHYARD_DATABASE_URL: BLOCKED }))).toMatch(
      new RegExp(`^SWITCHYARD_DATABASE_URL="${blocked}": .*; point SWITCHYARD_DATABASE_URL at a writable folder`),
    );
  });

  it('says so when the default url is what failed', async () => {
    dir.write('.switchyard', 'not a folder');
    expect(await startupRefusal(load())).toBe(
      `the default [database] url "sqlite:.switchyard/switchyard.db": ${path.join(dir.root, '.switchyard')} is a file, not a folder; ` +
        'point [database] url in switchyard.toml at a writable folder',
    );
  });

  it('names host and port of an unreachable PostgreSQL, without the password', async () => {
    dir.write('switchyard.toml', '[database]\nurl = "postgres://switchyard:secret@127.0.0.1:1/switchyard"\n');
    const message = await startupRefusal(load());
    expect(message).toBe(
      'switchyard.toml: [database] url = "postgres://switchyard:***@127.0.0.1:1/switchyard": ' +
        'cannot connect to PostgreSQL at 127.0.0.1:1: nothing listens there (ECONNREFUSED); ' +
        'start PostgreSQL there or fix [database] url',
    );
  });

  it('names the config file when the config was built in code', async () => {
    const config = { ...load(), database: { url: BLOCKED } };
    expect(await startupRefusal(config)).toMatch(/^switchyard\.toml: \[database\] url = "sqlite:blocker\/switchyard\.db": /);
  });
});
