import type { FastifyServerOptions } from 'fastify';

/**
 * The workspace's test log guard (vitest.log-guard.ts, a setup file of every package's tests),
 * reached through a global symbol so this kit needs no import of it: test servers write their
 * log lines there, and a test that means to cause an error line says so here.
 */
const GUARD_KEY = Symbol.for('switchyard.test-log-guard');

interface TestLogGuard {
  write(line: string): void;
  expectLogged(pattern: RegExp): void;
  allowErrorLogs(): void;
}

function installedGuard(): TestLogGuard | undefined {
  return (globalThis as Record<symbol, TestLogGuard | undefined>)[GUARD_KEY];
}

function requireGuard(helper: string): TestLogGuard {
  const guard = installedGuard();
  if (guard === undefined) {
    throw new Error(`${helper} needs the test log guard: add vitest.log-guard.ts to the Vitest config's setupFiles (vitest.shared.ts does).`);
  }
  return guard;
}

/**
 * The test server's logger: warnings and errors go to the guard, which fails the test on an
 * error line it did not expect. Without the guard (outside this workspace's tests) it logs nothing.
 */
export function testServerLogger(): FastifyServerOptions['logger'] {
  const guard = installedGuard();
  return guard === undefined ? false : { level: 'warn', stream: { write: (line: string) => guard.write(line) } };
}

/** What a server process wrote, handed to the guard line by line when it ends. */
export function reportProcessOutput(...outputs: string[]): void {
  const guard = installedGuard();
  if (guard === undefined) return;
  for (const output of outputs) for (const line of output.split('\n')) guard.write(line);
}

/**
 * Declares that the running test causes a log line matching `pattern` (its raw JSON text, or
 * the console line): the line is then no failure, and the test fails if no such line was logged.
 *
 * @public
 */
export function expectLogged(pattern: RegExp): void {
  requireGuard('expectLogged').expectLogged(pattern);
}

/**
 * Lets the running test log errors without naming each (a fuzzing test whose inputs are random).
 * Prefer {@link expectLogged}, which also fails when the line never comes.
 *
 * @public
 */
export function allowErrorLogs(): void {
  requireGuard('allowErrorLogs').allowErrorLogs();
}
