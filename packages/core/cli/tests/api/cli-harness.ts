import { pathToFileURL } from 'node:url';
import type { buildApp } from '@switchyard/server';
import { type TestServerOptions, buildTestServer } from '@switchyard/server/testing';
import { type CliIo, run } from '../../src/index.js';
import type { WidgetsInstall } from '../fixtures/widgets/install-widgets.js';
import widgets from '../fixtures/widgets/service-plugin.js';

/** Plugins are imported from their TypeScript sources, as vitest resolves workspace packages. */
export const SOURCE_CONDITIONS = ['@switchyard/source', 'import', 'node', 'default'];

export type App = Awaited<ReturnType<typeof buildApp>>;

export interface TestServer {
  app: App;
  url: string;
}

export interface ServerOptions {
  auth?: TestServerOptions['auth'];
  /** The widgets fixture, served with the stability its install declares; no plugin when left out. */
  widgets?: WidgetsInstall;
}

/** A real server on a free port: the core, plus the widgets fixture when given. No workspace plugin is loaded. */
export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const plugins = options.widgets === undefined ? [] : [{ plugin: widgets, packageJsonUrl: pathToFileURL(options.widgets.packageJsonPath) }];
  const app = await buildTestServer({ plugins, auth: options.auth });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** Where the CLI looks for plugins; none by default, so the workspace's own packages never leak in. */
  searchDirectories?: readonly string[];
}

/** Runs `switchyard <argv>` in-process with captured output. */
export async function runCli(argv: string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await run(argv, io, { conditions: SOURCE_CONDITIONS, searchDirectories: options.searchDirectories ?? [] });
  return { code, stdout, stderr };
}

/** Runs a command that must succeed and returns its parsed `--json` output. */
export async function runJson<T = Record<string, unknown>>(server: TestServer, argv: string[], options: CliOptions = {}): Promise<T> {
  const result = await runCli(['--url', server.url, '--json', ...argv], options);
  if (result.code !== 0) throw new Error(`switchyard ${argv.join(' ')} failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
