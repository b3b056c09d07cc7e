import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type GeneratedFiles, generateClientTypes } from './generate-client-types.js';
import type { OpenApiDocument } from './list-operations.js';

export interface CommandResult {
  exitCode: number;
  message: string;
}

/**
 * `client-types <openapi.json> <folder> [--update]`: checks that the generated client files in
 * `folder` are what the committed document gives today (the default, for CI), or rewrites them.
 * Paths are relative to the working directory, the workspace root under Nx.
 */
export async function runClientTypesCommand(argv: readonly string[]): Promise<CommandResult> {
  const [documentPath, folder] = argv.filter((argument) => !argument.startsWith('--'));
  if (documentPath === undefined || folder === undefined) return { exitCode: 2, message: 'usage: client-types <openapi.json> <folder> [--update]' };
  const owner = owningPackage(folder);
  const updateCommand = `npx nx run ${owner.name}:client-types:update`;
  const document = JSON.parse(readFileSync(documentPath, 'utf8')) as OpenApiDocument;
  // Named from the package, so the files stay the same when the package moves (promotion).
  const source = path.relative(owner.root, path.resolve(documentPath)).split(path.sep).join('/');
  const files = await generateClientTypes(document, { source, updateCommand });
  if (argv.includes('--update')) return writeFiles(folder, files);
  const stale = Object.keys(files).filter((name) => readIfExists(path.join(folder, name)) !== files[name as keyof GeneratedFiles]);
  if (stale.length === 0) return { exitCode: 0, message: `${folder} matches ${documentPath}` };
  const names = stale.map((name) => path.join(folder, name)).join(', ');
  return { exitCode: 1, message: `${names} differ from what ${documentPath} gives: run \`${updateCommand}\`, review the diff and commit it.` };
}

function writeFiles(folder: string, files: GeneratedFiles): CommandResult {
  mkdirSync(folder, { recursive: true });
  const written = Object.entries(files).filter(([name, text]) => readIfExists(path.join(folder, name)) !== text);
  for (const [name, text] of written) writeFileSync(path.join(folder, name), text);
  return { exitCode: 0, message: written.length === 0 ? `${folder} is up to date` : `wrote ${written.map(([name]) => name).join(', ')} in ${folder}; review and commit` };
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The nearest package.json above `folder`: its name for the command the messages name, its folder for the header. */
function owningPackage(folder: string): { name: string; root: string } {
  for (let current = path.resolve(folder); current !== path.dirname(current); current = path.dirname(current)) {
    const manifest = path.join(current, 'package.json');
    if (existsSync(manifest)) return { name: (JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name, root: current };
  }
  throw new Error(`${folder} is in no package: the generated client files belong to the package whose OpenAPI document they describe`);
}
