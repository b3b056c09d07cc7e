import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, startServer } from '../api/cli-harness.js';

const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
const execFileAsync = promisify(execFile);

let server: TestServer;
let cwd: string;
beforeAll(async () => {
  server = await startServer();
  cwd = mkdtempSync(path.join(tmpdir(), 'switchyard-bin-'));
});
afterAll(async () => {
  await server.app.close();
  rmSync(cwd, { recursive: true, force: true });
});

/** Runs the built `switchyard` binary (this package's test target builds it first). */
async function switchyard(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [bin, ...argv], {
      cwd,
      env: { PATH: process.env.PATH, SWITCHYARD_URL: server.url },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the switchyard binary', () => {
  it('creates and lists networks on the server SWITCHYARD_URL names', async () => {
    const created = await switchyard('network', 'create', '--name', 'from-bin');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^name +from-bin$/m);
    const listed = await switchyard('network', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^ID +NAME +STATUS +SUBNETS\n\S+ +from-bin +ACTIVE +-\n$/);
  });

  it('exits 1 with one line on stderr for a missing resource', async () => {
    const result = await switchyard('router', 'show', 'nope');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n').at(-1)).toBe('switchyard: Router nope could not be found. (HTTP 404 RouterNotFound)');
  });

  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect((await switchyard('--version')).stdout).toBe(`${version}\n`);
  });
});
