import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatePackageDocument } from './generate-package-document.js';
import { type OpenApiDocument, changedOperations, stableJson } from './package-document.js';

/** The committed document, relative to the package (the layout the compatibility gate reads). */
export const DOCUMENT_FILE = 'api/openapi.json';

export interface OpenApiCommandResult {
  exitCode: number;
  message: string;
}

/**
 * `openapi <packageDir> [--update]`: checks that the package's committed OpenAPI document is what
 * its route schemas give today (the default, for CI), or rewrites it (`--update`).
 */
export async function runOpenApiCommand(argv: readonly string[]): Promise<OpenApiCommandResult> {
  const packageDir = argv.find((argument) => !argument.startsWith('--'));
  if (packageDir === undefined) return { exitCode: 2, message: 'usage: openapi <package-folder> [--update]' };
  const { packageName, document } = await generatePackageDocument(path.resolve(packageDir));
  const file = path.join(packageDir, DOCUMENT_FILE);
  const expected = stableJson(document);
  if (argv.includes('--update')) return writeDocument(file, expected);
  const committed = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (committed === expected) return { exitCode: 0, message: `${file} matches the route schemas of ${packageName}` };
  return { exitCode: 1, message: staleMessage(file, packageName, committed, document) };
}

function writeDocument(file: string, text: string): OpenApiCommandResult {
  mkdirSync(path.dirname(file), { recursive: true });
  const unchanged = existsSync(file) && readFileSync(file, 'utf8') === text;
  if (!unchanged) writeFileSync(file, text);
  return { exitCode: 0, message: unchanged ? `${file} is up to date` : `wrote ${file}; review and commit it` };
}

function staleMessage(file: string, packageName: string, committed: string | undefined, current: OpenApiDocument): string {
  const update = `npx nx run ${packageName}:openapi:update`;
  if (committed === undefined) return `${file} is missing: generate it with \`${update}\` and commit it.`;
  const changed = changedOperations(JSON.parse(committed) as OpenApiDocument, current);
  const which = changed.length > 0 ? `; operations that changed: ${changed.join(', ')}` : '';
  return (
    `${file} differs from the route schemas of ${packageName}${which}. ` +
    `If the change is intended, run \`${update}\`, review the diff and commit it (the compatibility check then compares it with api/released/openapi.json).`
  );
}
