/**
 * `@switchyard/server/testing`: the server as a test harness for core and plugin packages alike,
 * so every service's tests start the same server the same way: in memory for `inject()` tests
 * (SQLite, or PostgreSQL under `npm run test:postgres`), or as the real, built `switchyard-server`
 * process for scenario tests.
 *
 * @packageDocumentation
 */
export { type PluginUnderTest, type TestServerOptions, buildTestServer } from './testing/build-test-server.js';
export { freePort } from './testing/free-port.js';
export { type TestCaller, type TestReply, injectAs } from './testing/inject-as.js';
export { allowErrorLogs, expectLogged } from './testing/log-guard.js';
export type { ServerLogEntry } from './testing/log-lines.js';
export { SERVER_BIN, assertServerBuilt } from './testing/server-bin.js';
export { type ServerProcess, runServerProcess, startServerProcess } from './testing/server-process.js';
export type { ServerProcessOptions, ServerProcessResult } from './testing/spawn-server.js';
// Repeated from the main entry so this entry's declarations are complete on their own.
export { LOG_LEVELS, type LogLevel, type LoggingConfig, type SwitchyardConfig } from './config/config.js';
