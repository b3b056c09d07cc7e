import { updateJson, writeJson, type Tree } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { API_TARGETS, FIREWALL_OPTIONS, previewWorkspace } from '../promote-fixture.js';
import { checkPromotionCriteria } from './check-promotion-criteria.js';

const ROOT = 'packages/preview/firewall';
const API_REPORT_TARGET =
  `${ROOT}/package.json has no "api-report" target, which the compatibility gate runs: add "api-report": ` +
  '{"command": "node ../../../tools/incubator/src/compat/typescript/api-report.mjs", "options": {"cwd": "{projectRoot}"}, "configurations": {"update": {"args": "--update"}}, "dependsOn": ["build"]} ' +
  'under "nx"."targets" (a scaffolded preview has it).';
const OPENAPI_TARGET =
  `${ROOT}/package.json has no "openapi" target, which the compatibility gate runs: add "openapi": ` +
  '{"command": "node packages/core/server/dist/openapi.js {projectRoot}", "configurations": {"update": {"args": "--update"}}, "dependsOn": ["build", "^build"]} ' +
  'under "nx"."targets" (a scaffolded preview has it).';

/** The failures of a refused promotion, one per line, without the header. */
function failuresOf(tree: Tree): string[] {
  try {
    checkPromotionCriteria(tree, FIREWALL_OPTIONS);
  } catch (error) {
    return (error as Error).message.split('\n').slice(1).map((line) => line.replace(/^ {2}- /, ''));
  }
  return [];
}

interface FirewallPackageJson {
  exports: Record<string, unknown>;
  nx: { targets?: Record<string, unknown> };
}

function editFirewall(tree: Tree, edit: (packageJson: FirewallPackageJson) => void): Tree {
  updateJson<FirewallPackageJson>(tree, `${ROOT}/package.json`, (packageJson) => {
    edit(packageJson);
    return packageJson;
  });
  return tree;
}

describe('checkPromotionCriteria: the API baseline machinery', () => {
  it('passes the fixture, which has both targets, api-extractor.json and a full api/', () => {
    expect(failuresOf(previewWorkspace())).toEqual([]);
  });

  it('refuses a package without the api-report and openapi targets, giving each definition', () => {
    const tree = editFirewall(previewWorkspace(), (packageJson) => delete packageJson.nx.targets);
    expect(failuresOf(tree)).toEqual([API_REPORT_TARGET, OPENAPI_TARGET]);
  });

  it('counts targets a project.json declares', () => {
    const tree = editFirewall(previewWorkspace(), (packageJson) => delete packageJson.nx.targets);
    writeJson(tree, `${ROOT}/project.json`, { name: '@switchyard/firewall', targets: { openapi: API_TARGETS.openapi } });
    expect(failuresOf(tree)).toEqual([API_REPORT_TARGET]);
  });

  it('refuses a package without api/, naming every missing file and the command that writes it', () => {
    const tree = previewWorkspace();
    tree.delete(`${ROOT}/api`);
    expect(failuresOf(tree)).toEqual([
      `${ROOT}/api lacks report.api.md, model.api.json: run \`npx nx run @switchyard/firewall:api-report --configuration=update\` and commit ${ROOT}/api.`,
      `${ROOT}/api lacks openapi.json: run \`npx nx run @switchyard/firewall:openapi:update\` and commit ${ROOT}/api.`,
    ]);
  });

  it('counts only the files listApiFiles picks: a renamed or nested copy is still missing', () => {
    const tree = previewWorkspace();
    tree.rename(`${ROOT}/api/openapi.json`, `${ROOT}/api/openapi.json.old`);
    tree.rename(`${ROOT}/api/model.api.json`, `${ROOT}/api/released/model.api.json`);
    expect(failuresOf(tree)).toEqual([
      `${ROOT}/api lacks model.api.json: run \`npx nx run @switchyard/firewall:api-report --configuration=update\` and commit ${ROOT}/api.`,
      `${ROOT}/api lacks openapi.json: run \`npx nx run @switchyard/firewall:openapi:update\` and commit ${ROOT}/api.`,
    ]);
  });

  it('wants a config, a report and a model for every subpath export, and api-extractor.json for the main one', () => {
    const tree = editFirewall(previewWorkspace(), (packageJson) => (packageJson.exports['./cli'] = './dist/cli.js'));
    tree.delete(`${ROOT}/api-extractor.json`);
    expect(failuresOf(tree)).toEqual([
      `${ROOT}/api-extractor.json is missing, so api-report cannot record the TypeScript API: create it as {"extends": "../../../api-extractor.base.json"}.`,
      `${ROOT}/api-extractor.cli.json is missing, so api-report cannot record the ./cli export: create it as ` +
        '{"extends": "../../../api-extractor.base.json", "mainEntryPointFilePath": "<projectFolder>/dist/cli.d.ts", "apiReport": {"reportFileName": "cli.report"}, "docModel": {"apiJsonFilePath": "<projectFolder>/api/cli.model.api.json"}}.',
      `${ROOT}/api lacks cli.report.api.md, cli.model.api.json: run \`npx nx run @switchyard/firewall:api-report --configuration=update\` and commit ${ROOT}/api.`,
    ]);
    writeJson(tree, `${ROOT}/api-extractor.json`, {});
    writeJson(tree, `${ROOT}/api-extractor.cli.json`, {});
    tree.write(`${ROOT}/api/cli.report.api.md`, '');
    writeJson(tree, `${ROOT}/api/cli.model.api.json`, {});
    expect(failuresOf(tree)).toEqual([]);
  });

  it('reads exports and targets as data: odd keys neither crash nor count', () => {
    const tree = editFirewall(previewWorkspace(), (packageJson) => {
      packageJson.exports = JSON.parse('{".": "./dist/index.js", "__proto__": "./x.js", "./package.json": "./package.json"}');
      packageJson.nx.targets = JSON.parse('{"__proto__": {}, "constructor": {}, "api-report": {}, "openapi": {}}');
    });
    expect(failuresOf(tree)).toEqual([]);
    const noTargets = editFirewall(previewWorkspace(), (packageJson) => (packageJson.nx.targets = JSON.parse('{"__proto__": {"api-report": {}}}')));
    expect(failuresOf(noTargets)).toEqual([API_REPORT_TARGET, OPENAPI_TARGET]);
  });
});
