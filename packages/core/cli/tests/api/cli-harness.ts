import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ServicePlugin, type StabilityMetadata, readStabilityMetadata } from '@switchyard/sdk';
import { buildApp } from '@switchyard/server';
import { type CliIo, run } from '../../src/index.js';

/**
 * The firewall is found at run time by package name, never imported: stable code (this CLI and
 * its tests) must not depend on a preview package.
 */
const FIREWALL_PACKAGE = ['@switchyard', 'firewall'].join('/');

/** Plugins are imported from their TypeScript sources, as vitest resolves workspace packages. */
export const SOURCE_CONDITIONS = ['@switchyard/source', 'import', 'node', 'default'];

export type App = Awaited<ReturnType<typeof buildApp>>;

export interface TestServer {
  app: App;
  url: string;
}

export interface ServerAuth {
  authStrategy: 'noauth' | 'token';
  tokens: Record<string, { project: string; roles: string[] }>;
}

/** A real server on a free port with the firewall plugin, loaded from its package's source. */
export async function startServer(auth: ServerAuth = { authStrategy: 'noauth', tokens: {} }): Promise<TestServer> {
  const firewall = await loadFirewall();
  const isPreview = firewall.metadata.stability === 'preview';
  const app = await buildApp({
    config: {
      baseDir: process.cwd(),
      server: { host: '127.0.0.1', port: 0 },
      database: { url: 'sqlite::memory:' },
      authStrategy: auth.authStrategy,
      auth: { defaultProject: 'demo', tokens: auth.tokens },
      servicePlugins: ['firewall'],
      preview: { enabled: isPreview ? ['firewall'] : [] },
      plugins: {},
    },
    loadPlugin: async () => firewall,
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url: address };
}

interface FirewallPackageJson {
  name: string;
  version: string;
  exports: Record<string, Record<string, string>>;
}

function readFirewallPackageJson(): { packageJson: FirewallPackageJson; packageJsonPath: string } {
  const packageJsonPath = createRequire(import.meta.url).resolve(`${FIREWALL_PACKAGE}/package.json`);
  return { packageJson: JSON.parse(readFileSync(packageJsonPath, 'utf8')) as FirewallPackageJson, packageJsonPath };
}

/** The firewall's one declaration of stability; the labels tests expect follow from it, whatever it is today. */
export function firewallMetadata(): StabilityMetadata {
  const { packageJson, packageJsonPath } = readFirewallPackageJson();
  return readStabilityMetadata(packageJson, packageJsonPath);
}

async function loadFirewall() {
  const { packageJson, packageJsonPath } = readFirewallPackageJson();
  const entry = path.resolve(path.dirname(packageJsonPath), packageJson.exports['.']['@switchyard/source']);
  const module = (await import(/* @vite-ignore */ pathToFileURL(entry).href)) as { default: ServicePlugin };
  return {
    service: 'firewall',
    packageName: packageJson.name,
    version: packageJson.version,
    metadata: readStabilityMetadata(packageJson, packageJsonPath),
    plugin: module.default,
  };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `switchyard <argv>` in-process with captured output. */
export async function runCli(argv: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await run(argv, io, { conditions: SOURCE_CONDITIONS });
  return { code, stdout, stderr };
}

/** Runs a command that must succeed and returns its parsed `--json` output. */
export async function runJson<T = Record<string, unknown>>(server: TestServer, argv: string[]): Promise<T> {
  const result = await runCli(['--url', server.url, '--json', ...argv]);
  if (result.code !== 0) throw new Error(`switchyard ${argv.join(' ')} failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
