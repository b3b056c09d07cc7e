import { spawnSync } from 'node:child_process';

/**
 * The versions of a package a registry holds, as `npm view <name> versions --json` reports
 * them (npm prints a lone version as a string); none when the registry does not know the package.
 * Any other failure is an error: "not published" must never be a guess.
 */
export function parseViewVersions(name: string, result: { status: number | null; stdout: string; stderr: string }): string[] {
  const output = result.stdout.trim();
  if (result.status === 0) {
    if (output === '') return [];
    const versions: unknown = JSON.parse(output);
    return (Array.isArray(versions) ? versions : [versions]).map(String);
  }
  if (/\bE404\b/.test(output) || /\bE404\b/.test(result.stderr)) return [];
  throw new Error(`npm view ${name} versions failed (exit ${result.status}): ${result.stderr.trim().split('\n')[0] ?? ''}`);
}

export function readPublishedVersions(name: string, registry: string, cwd: string): string[] {
  const result = spawnSync('npm', ['view', name, 'versions', '--json', '--registry', registry], { cwd, encoding: 'utf8' });
  return parseViewVersions(name, result);
}
