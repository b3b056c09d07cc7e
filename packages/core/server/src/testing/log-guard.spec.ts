import type { FastifyInstance } from 'fastify';
import { afterEach, describe, it } from 'vitest';
import { buildTestServer } from './build-test-server.js';
import { allowErrorLogs, expectLogged, reportProcessOutput } from './log-guard.js';

/**
 * The workspace's log guard (vitest.log-guard.ts) is a setup file of these tests too, so each case
 * runs under it: the `it.fails` cases are the ones the guard must fail, from its afterEach.
 */
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the test log guard', () => {
  it('lets a test cause the error line it expects', async () => {
    app = await buildTestServer();
    expectLogged(/"msg":"an expected failure"/);
    app.log.error('an expected failure');
  });

  it.fails('fails a test on an error line a test server writes unexpectedly', async () => {
    app = await buildTestServer();
    app.log.error('nobody expects this');
  });

  it.fails('fails a test whose expected line never comes', () => {
    expectLogged(/a line nobody writes/);
  });

  it.fails('fails a test on a stack trace printed to the console', () => {
    console.log('Error: printed, not thrown\n    at probe (log-guard.spec.ts:1:1)');
  });

  it.fails("fails a test on a server process's error line, reported when it ends", () => {
    reportProcessOutput('{"level":50,"msg":"a child process failed"}\n', '');
  });

  it('keeps warnings and plain lines quiet', async () => {
    app = await buildTestServer();
    app.log.warn('a warning is no failure');
    reportProcessOutput('{"level":30,"msg":"listening"}\n', 'switchyard-server: refused, one line\n');
  });

  it('lets a test opt out for lines it cannot name', () => {
    allowErrorLogs();
    reportProcessOutput('{"level":50,"msg":"random input failed"}\n');
  });
});
