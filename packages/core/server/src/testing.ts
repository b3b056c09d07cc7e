/**
 * `@switchyard/server/testing`: the server as a test harness for core and plugin packages alike,
 * so every service's tests start the same server the same way (SQLite, or PostgreSQL under
 * `npm run test:postgres`).
 *
 * @packageDocumentation
 */
export { type PluginUnderTest, type TestServerOptions, buildTestServer } from './testing/build-test-server.js';
// Repeated from the main entry so this entry's declarations are complete on their own.
export { LOG_LEVELS, type LogLevel, type SwitchyardConfig } from './config/config.js';
