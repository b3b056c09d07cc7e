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
 * In `released/`: every release of the package, oldest first, with its cycle and the API changes
 * against the release before (api-history.ts). The baselines keep only the latest release; this
 * keeps the story, which `api_soak_cycles`, the stabilization report and the board read.
 */
export const API_HISTORY = 'history.json';
/**
 * A subpath export (`./cli`, `./alpha`, `./config-schema`) has its own report and model, named
 * after the subpath: `cli.report.api.md`, `cli.model.api.json`. Its api-extractor.<subpath>.json
 * writes them; the gate compares each with the released file of the same name.
 */
export function subpathApiFile(subpath: string, file: typeof TYPESCRIPT_REPORT | typeof TYPESCRIPT_MODEL): string {
  return `${subpath.replace(/^\.\//, '')}.${file}`;
}

/** `report.api.md`, `model.api.json` and their subpath forms, `<subpath>.report.api.md` and `<subpath>.model.api.json`. */
const TYPESCRIPT_FILE = /^(?:[a-z0-9][a-z0-9-]*\.)?(?:report\.api\.md|model\.api\.json)$/;

/**
 * The API files of a package, picked from the names of the files directly in its api/ (or
 * api/released/) folder, sorted: the main report and model, each subpath's report and model, and
 * openapi.json. The gate, promote and the release all list them here, so a baseline never leaves
 * out a file the gate compares.
 */
export function listApiFiles(names: Iterable<string>): string[] {
  return [...new Set(names)].filter((name) => name === OPENAPI_DOCUMENT || TYPESCRIPT_FILE.test(name)).sort();
}
