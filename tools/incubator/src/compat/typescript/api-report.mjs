#!/usr/bin/env node
/**
 * The `api-report` Nx target of every publishable package (run with the package as working
 * directory). For each api-extractor*.json beside package.json (the main entry point, plus one per
 * subpath export) it runs API Extractor on the built declarations in dist/ and either
 *   - checks (default): fails when api/ differs from what the code declares, writing nothing
 *     into the package, so CI never leaves the committed files changed; or
 *   - updates (--update): rewrites the report and doc model in api/ for the developer to commit.
 * Plain JavaScript so it runs without a build step; its comparison rule is tested through the
 * committed reports themselves (the target fails on any drift).
 */
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const update = process.argv.includes('--update');
const packageFolder = process.cwd();
const packageJsonPath = resolve(packageFolder, 'package.json');
const packageName = JSON.parse(readFileSync(packageJsonPath, 'utf8')).name;
const updateCommand = `npx nx run ${packageName}:api-report --configuration=update`;

/** The doc model records the API Extractor version; an upgrade alone is not an API change. */
function comparableModel(text) {
  const model = JSON.parse(text);
  if (model.metadata) model.metadata.toolVersion = '';
  return JSON.stringify(model);
}

function sameModel(actualPath, committedPath) {
  if (!existsSync(committedPath)) return false;
  return comparableModel(readFileSync(actualPath, 'utf8')) === comparableModel(readFileSync(committedPath, 'utf8'));
}

/** Runs one config; API Extractor writes its scratch copies to a temporary folder, never the package. */
function runConfig(configPath, scratch) {
  const configObject = ExtractorConfig.loadFile(configPath);
  const entryPoint = configObject.mainEntryPointFilePath.replace('<projectFolder>', packageFolder);
  if (!existsSync(entryPoint)) {
    throw new Error(`${entryPoint} does not exist: build the package first (\`npx nx run ${packageName}:api-report\` builds it for you)`);
  }
  const committedModel = configObject.docModel.apiJsonFilePath.replace('<projectFolder>', packageFolder);
  const actualModel = join(scratch, basename(committedModel));
  configObject.apiReport.reportTempFolder = scratch;
  configObject.docModel.apiJsonFilePath = actualModel;
  const config = ExtractorConfig.prepare({ configObject, configObjectFullPath: configPath, packageJsonFullPath: packageJsonPath });
  mkdirSync(config.reportFolder, { recursive: true });
  const result = Extractor.invoke(config, {
    localBuild: update,
    printApiReportDiff: !update,
    messageCallback: (message) => {
      // Its own advice names the scratch folder; ours below names the Nx command instead.
      if (message.messageId === 'console-api-report-not-copied') message.handled = true;
    },
  });
  // With skipLibCheck an import that does not resolve (a dependency's dist not built yet) is
  // silent and its references become "!unknown": refuse that instead of recording it.
  if (existsSync(actualModel) && readFileSync(actualModel, 'utf8').includes('"canonicalReference": "!unknown"')) {
    throw new Error(`${basename(configPath)}: some referenced types did not resolve; build the package's dependencies first (the Nx target does)`);
  }
  const modelChanged = !sameModel(actualModel, committedModel);
  if (update && result.succeeded && modelChanged) writeFileSync(committedModel, readFileSync(actualModel));
  return { name: basename(configPath), errors: result.errorCount, drifted: result.apiReportChanged || modelChanged };
}

function main() {
  const configs = readdirSync(packageFolder).filter((file) => /^api-extractor(\..+)?\.json$/.test(file)).sort();
  if (configs.length === 0) throw new Error(`${packageFolder} has no api-extractor.json; see api-extractor.base.json at the root`);
  const scratch = mkdtempSync(join(tmpdir(), 'api-report-'));
  try {
    const results = configs.map((file) => runConfig(resolve(packageFolder, file), join(scratch, file)));
    const failed = results.filter((result) => result.errors > 0);
    const drifted = results.filter((result) => result.drifted);
    if (failed.length > 0) {
      console.error(`\n${packageName}: API Extractor reported errors (${failed.map((r) => r.name).join(', ')}); fix them above.`);
      return 1;
    }
    if (update) {
      console.log(`${packageName}: api/ ${drifted.length > 0 ? 'updated; review and commit it' : 'already up to date'}.`);
      return 0;
    }
    if (drifted.length > 0) {
      console.error(
        `\n${packageName}: the public API in api/ is out of date with the code (${drifted.map((r) => r.name).join(', ')}).\n` +
          `Run \`${updateCommand}\`, review the change to api/ and commit it.`,
      );
      return 1;
    }
    console.log(`${packageName}: api/ matches the code.`);
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (caught) {
  console.error(`${packageName}: API report could not run: ${caught instanceof Error ? caught.message : String(caught)}`);
  process.exitCode = 1;
}
