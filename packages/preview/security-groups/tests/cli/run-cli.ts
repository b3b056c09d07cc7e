import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliIo, run } from '@switchyard/cli';
import { type StabilityMetadata, readStabilityMetadata } from '@switchyard/sdk';

const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));
const packageJson = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { name: string };

/** The commands are imported from their TypeScript sources, as vitest resolves workspace packages. */
const SOURCE_CONDITIONS = ['@switchyard/source', 'import', 'node', 'default'];

/** This package's one declaration of stability: the labels the tests expect follow from it. */
export function packageMetadata(): StabilityMetadata {
  return readStabilityMetadata(packageJson, PACKAGE_JSON);
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliInstall {
  run(argv: string[], env?: Record<string, string>): Promise<CliResult>;
  remove(): void;
}

/**
 * A folder in which this package is the only plugin installed (node_modules links it), so the
 * switchyard CLI finds its commands through the `./cli` export as it would for an operator, and
 * no other plugin's.
 */
export function installAlone(): CliInstall {
  const directory = mkdtempSync(path.join(tmpdir(), 'security-groups-cli-'));
  const link = path.join(directory, 'node_modules', packageJson.name);
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(path.dirname(PACKAGE_JSON), link, 'dir');
  return {
    run: (argv, env = {}) => runCli(directory, argv, env),
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}

/** `switchyard <argv>` in-process, from `directory`, with captured output. */
async function runCli(directory: string, argv: string[], env: Record<string, string>): Promise<CliResult> {
  const output = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (text) => (output.stdout += text), stderr: (text) => (output.stderr += text), env, cwd: directory };
  const code = await run(argv, io, { searchDirectories: [directory], conditions: SOURCE_CONDITIONS });
  return { code, ...output };
}
