import { afterAll, afterEach, beforeEach } from 'vitest';

/**
 * Every package's tests run with this guard (setupFiles in vitest.shared.ts): a passing run writes
 * no error-level log line and no stack trace unless its test asserts it. Apps under test write
 * their pino lines here (buildTestServer, server processes when they stop: see
 * @switchyard/server/testing), as does console.error; after each test, any error-level line no
 * `expectLogged(pattern)` matched fails it, and so does an expectation no line matched.
 *
 * The guard is reached through a global symbol, so @switchyard/server/testing needs no import of
 * this file and packages that do not depend on the server still get the console check.
 */
const GUARD_KEY = Symbol.for('switchyard.test-log-guard');

/** pino's error level: 50 error, 60 fatal. */
const ERROR_LEVEL = 50;
/** A line of a printed stack trace: "    at fn (file.ts:1:2)". */
const STACK_LINE = /\n\s+at .+[:(]/;

/** What the server's testing kit reaches through the symbol (TestLogGuard there). */
interface TestLogGuard {
  /** One JSON line (pino) an app under test wrote. */
  write(line: string): void;
  expectLogged(pattern: RegExp): void;
  allowErrorLogs(): void;
}

/** What one test (or, outside tests, the file's hooks) logged and expects. */
interface Scope {
  name: string;
  errors: string[];
  expected: RegExp[];
  matched: Set<RegExp>;
  allowed: boolean;
}

function newScope(name: string): Scope {
  return { name, errors: [], expected: [], matched: new Set(), allowed: false };
}

let fileScope = newScope('outside any test (beforeAll/afterAll)');
let scope = fileScope;

function record(line: string, isError: boolean): void {
  for (const pattern of scope.expected) if (pattern.test(line)) scope.matched.add(pattern);
  if (isError) scope.errors.push(line);
}

function levelOf(line: string): number {
  try {
    const parsed = JSON.parse(line) as { level?: unknown };
    return typeof parsed.level === 'number' ? parsed.level : 0;
  } catch {
    // Not JSON: only a stack trace in it makes it noise.
    return STACK_LINE.test(line) ? ERROR_LEVEL : 0;
  }
}

const guard: TestLogGuard = {
  write(line) {
    const text = line.trimEnd();
    if (text !== '') record(text, levelOf(text) >= ERROR_LEVEL || STACK_LINE.test(text.replaceAll('\\n', '\n')));
  },
  expectLogged(pattern) {
    scope.expected.push(pattern);
  },
  allowErrorLogs() {
    scope.allowed = true;
  },
};

(globalThis as Record<symbol, unknown>)[GUARD_KEY] = guard;

/** console.error (and any console line with a stack trace) counts as an error line too. */
function watchConsole(method: 'error' | 'warn' | 'log' | 'info'): void {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    const text = args.map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg))).join(' ');
    record(text, method === 'error' || STACK_LINE.test(text));
    original(...args);
  };
}
for (const method of ['error', 'warn', 'log', 'info'] as const) watchConsole(method);

/** The findings of a scope: unexpected error lines, then expectations nothing matched. */
function findings(ended: Scope): string[] {
  const unexpected = ended.allowed ? [] : ended.errors.filter((line) => !ended.expected.some((pattern) => pattern.test(line)));
  const unmet = ended.expected.filter((pattern) => !ended.matched.has(pattern));
  return [
    ...unexpected.map((line) => `unexpected error log ${ended.name}: ${line.length > 2000 ? `${line.slice(0, 2000)}...` : line}`),
    ...unmet.map((pattern) => `expectLogged(${pattern}) ${ended.name}: no log line matched`),
  ];
}

function check(ended: Scope): void {
  const found = findings(ended);
  if (found.length > 0) {
    throw new Error(
      `${found.join('\n')}\nAssert a log line the test means to cause with expectLogged(/.../) (or allowErrorLogs()) from @switchyard/server/testing; otherwise fix its source.`,
    );
  }
}

beforeEach((context) => {
  scope = newScope(`in "${context.task.name}"`);
});

afterEach(() => {
  const ended = scope;
  scope = fileScope;
  check(ended);
});

afterAll(() => {
  const ended = fileScope;
  fileScope = newScope('outside any test (beforeAll/afterAll)');
  scope = fileScope;
  check(ended);
});
