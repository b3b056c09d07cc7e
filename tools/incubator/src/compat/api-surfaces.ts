import type { ApiChange } from './api-change.js';
import { listApiFiles, OPENAPI_DOCUMENT, TYPESCRIPT_MODEL } from './api-layout.js';
import { diffOpenApi } from './http/diff-openapi.js';
import { diffTypeScriptApi } from './typescript/diff-typescript-api.js';

/** One API surface the gate compares: a current file, its released baseline, and the diff for it. */
export interface ApiSurface {
  name: string;
  file: string;
  diff: (released: string, current: string) => ApiChange[];
  /** The command that regenerates the current file from code. */
  update: (packageName: string) => string;
}

export const API_SURFACES: readonly ApiSurface[] = [
  { name: 'TypeScript API', file: TYPESCRIPT_MODEL, diff: diffTypeScriptApi, update: (packageName) => `npx nx run ${packageName}:api-report --configuration=update` },
  { name: 'HTTP API', file: OPENAPI_DOCUMENT, diff: diffOpenApi, update: (packageName) => `npx nx run ${packageName}:openapi:update` },
];

/**
 * The surfaces the gate compares for a package whose api/ and api/released/ hold these file
 * names: every model (a subpath's, `cli.model.api.json`, named after its entry point `./cli`)
 * and openapi.json. Reports are left out: the model carries the same API in a form to diff.
 */
export function apiSurfacesOf(names: Iterable<string>, surfaces: readonly ApiSurface[] = API_SURFACES): ApiSurface[] {
  return listApiFiles(names).flatMap((file) => {
    const surface = surfaces.find((candidate) => candidate.file === file);
    if (surface !== undefined) return [surface];
    const typescript = surfaces.find((candidate) => candidate.file === TYPESCRIPT_MODEL);
    if (typescript === undefined || !file.endsWith(`.${TYPESCRIPT_MODEL}`)) return [];
    return [{ ...typescript, name: `${typescript.name} of ./${file.slice(0, -`.${TYPESCRIPT_MODEL}`.length)}`, file }];
  });
}
