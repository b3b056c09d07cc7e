/**
 * Where each publishable package keeps its API surfaces, relative to the package root. The
 * current files are regenerated from code by Nx targets and committed for review; `released/`
 * holds copies taken when the package was last released, the baseline the compatibility gate
 * compares against.
 */
export const API_FOLDER = 'api';
export const RELEASED_FOLDER = 'api/released';
/** API Extractor's review file (Markdown around the package's public declarations). */
export const TYPESCRIPT_REPORT = 'report.api.md';
/** API Extractor's doc model, the machine-readable form of the same API. */
export const TYPESCRIPT_MODEL = 'model.api.json';
/** The OpenAPI 3 document generated from a service package's Fastify route schemas. */
export const OPENAPI_DOCUMENT = 'openapi.json';
/** In `released/`: `{ "version": "1.0.0" }`, the version the baseline was taken at. */
export const RELEASED_MARKER = 'released.json';
/**
 * A subpath export (`./cli`, `./alpha`, `./config-schema`) has its own report and model, named
 * after the subpath: `cli.report.api.md`, `cli.model.api.json`. Its api-extractor.<subpath>.json
 * writes them; the gate compares each with the released file of the same name.
 */
export function subpathApiFile(subpath: string, file: typeof TYPESCRIPT_REPORT | typeof TYPESCRIPT_MODEL): string {
  return `${subpath.replace(/^\.\//, '')}.${file}`;
}
