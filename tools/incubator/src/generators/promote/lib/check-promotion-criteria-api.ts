import { joinPathFragments, offsetFromRoot, readJson, type Tree } from '@nx/devkit';
import { API_FOLDER, listApiFiles, OPENAPI_DOCUMENT, subpathApiFile, TYPESCRIPT_MODEL, TYPESCRIPT_REPORT } from '../../../compat/api-layout.js';

/** What the API baseline rule reads of the package.json being promoted. */
export interface ApiBaselinePackageJson {
  name?: string;
  exports?: unknown;
  nx?: { targets?: Record<string, unknown> };
}

/**
 * A promoted package is under the compatibility gate from its first stable release: the gate
 * compares the api/ files its targets regenerate with the baseline release copies. So promotion
 * requires the `api-report` and `openapi` targets, an API Extractor config per entry point, and a
 * committed api/ holding every file listApiFiles picks; each failure names the command that fixes it.
 */
export function checkApiBaseline(tree: Tree, root: string, packageJson: ApiBaselinePackageJson): string[] {
  const packageName = packageJson.name ?? root;
  const subpaths = subpathExports(packageJson.exports);
  return [...missingTargets(tree, root, packageJson), ...missingExtractorConfigs(tree, root, subpaths), ...missingApiFiles(tree, root, packageName, subpaths)];
}

function missingTargets(tree: Tree, root: string, packageJson: ApiBaselinePackageJson): string[] {
  const targets = { ...projectJsonTargets(tree, root), ...(packageJson.nx?.targets ?? {}) };
  const definitions: Record<string, string> = {
    'api-report': `{"command": "node ${offsetFromRoot(root)}tools/incubator/src/compat/typescript/api-report.mjs", "options": {"cwd": "{projectRoot}"}, "configurations": {"update": {"args": "--update"}}, "dependsOn": ["build"]}`,
    openapi: '{"command": "node packages/core/server/dist/openapi.js {projectRoot}", "configurations": {"update": {"args": "--update"}}, "dependsOn": ["build", "^build"]}',
  };
  return Object.entries(definitions)
    .filter(([target]) => !Object.hasOwn(targets, target))
    .map(([target, definition]) => `${root}/package.json has no "${target}" target, which the compatibility gate runs: add "${target}": ${definition} under "nx"."targets" (a scaffolded preview has it).`);
}

function missingExtractorConfigs(tree: Tree, root: string, subpaths: string[]): string[] {
  const base = `${offsetFromRoot(root)}api-extractor.base.json`;
  const failures = tree.exists(joinPathFragments(root, 'api-extractor.json'))
    ? []
    : [`${root}/api-extractor.json is missing, so api-report cannot record the TypeScript API: create it as {"extends": "${base}"}.`];
  for (const subpath of subpaths) {
    const name = subpath.slice(2);
    if (tree.exists(joinPathFragments(root, `api-extractor.${name}.json`))) continue;
    failures.push(
      `${root}/api-extractor.${name}.json is missing, so api-report cannot record the ${subpath} export: create it as ` +
        `{"extends": "${base}", "mainEntryPointFilePath": "<projectFolder>/dist/${name}.d.ts", "apiReport": {"reportFileName": "${name}.report"}, "docModel": {"apiJsonFilePath": "<projectFolder>/api/${subpathApiFile(subpath, TYPESCRIPT_MODEL)}"}}.`,
    );
  }
  return failures;
}

function missingApiFiles(tree: Tree, root: string, packageName: string, subpaths: string[]): string[] {
  const folder = joinPathFragments(root, API_FOLDER);
  const present = new Set(listApiFiles(tree.children(folder).filter((name) => tree.isFile(joinPathFragments(folder, name)))));
  const typescript = [TYPESCRIPT_REPORT, TYPESCRIPT_MODEL, ...subpaths.flatMap((subpath) => [subpathApiFile(subpath, TYPESCRIPT_REPORT), subpathApiFile(subpath, TYPESCRIPT_MODEL)])];
  const failures: string[] = [];
  const missingTypescript = typescript.filter((file) => !present.has(file));
  if (missingTypescript.length > 0) {
    failures.push(`${folder} lacks ${missingTypescript.join(', ')}: run \`npx nx run ${packageName}:api-report --configuration=update\` and commit ${folder}.`);
  }
  if (!present.has(OPENAPI_DOCUMENT)) failures.push(`${folder} lacks ${OPENAPI_DOCUMENT}: run \`npx nx run ${packageName}:openapi:update\` and commit ${folder}.`);
  return failures;
}

/** `./cli`, `./alpha`...: every subpath export but `.` and `./package.json` has its own report and model. */
function subpathExports(exports: unknown): string[] {
  if (typeof exports !== 'object' || exports === null || Array.isArray(exports)) return [];
  return Object.keys(exports).filter((key) => key.startsWith('./') && key !== './package.json' && !key.includes('*'));
}

function projectJsonTargets(tree: Tree, root: string): Record<string, unknown> {
  const projectJson = joinPathFragments(root, 'project.json');
  return tree.exists(projectJson) ? (readJson<{ targets?: Record<string, unknown> }>(tree, projectJson).targets ?? {}) : {};
}
