import { updateNxJson, readNxJson, writeJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import type { NormalizedPromoteOptions } from './lib/normalize-options.js';

/** Test fixture: a small workspace with one ready-to-promote preview, "firewall", and a dependent. */
export const PREVIEW_README = [
  '# @switchyard/firewall',
  '',
  '> **⚠ PREVIEW.** This service is a *preview* (version 0.x).',
  '> Its API and stored data may change.',
  '',
  'Firewall as a service. Not to be confused with the PREVIEW label.',
  '',
].join('\n');

export const SERVER_TOML = [
  'auth_strategy = "noauth"',
  'service_plugins = ["firewall", "vpn"]  # PREVIEW: firewall and vpn are previews, opted in under [preview]',
  '',
  '# PREVIEW: preview services run only when named here.',
  '[preview]',
  'enabled = ["firewall", "vpn"]',
  '',
  '# PREVIEW: settings of the firewall plugin, checked against its own schema.',
  '[plugins.firewall]',
  'max_rules_per_policy = 100',
  '',
  '# PREVIEW: settings of the vpn plugin.',
  '[plugins.vpn]',
  'tunnels = 4',
  '',
].join('\n');

export const PLUGIN_SOURCE = [
  "import { defineServicePlugin } from '@switchyard/sdk';",
  "import { migrations } from './migrations/index.js';",
  '',
  "export default defineServicePlugin({ name: 'firewall', description: 'FWaaS', migrations });",
  '',
].join('\n');

export const MIGRATIONS_SOURCE = "export const migrations = { '0001-create-firewall-tables': { up: async () => {} } };\n";

export function previewWorkspace(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  writeJson(tree, 'package.json', { name: 'switchyard', private: true, workspaces: ['packages/core/*', 'packages/preview/*'] });
  updateNxJson(tree, { ...readNxJson(tree), pluginsConfig: { '@switchyard/incubator': { currentReleaseCycle: 3 } } });
  writeJson(tree, 'tsconfig.json', {
    files: [],
    references: [{ path: './packages/core/sdk' }, { path: './packages/preview/firewall' }, { path: './packages/preview/vpn' }],
  });
  tree.write('switchyard.toml', SERVER_TOML);
  tree.write('blueprints/BP-0002.md', '---\nstatus: approved\n---\n# Firewall\n');
  writePackage(tree, 'packages/core/sdk', { name: '@switchyard/sdk', version: '1.2.0', nx: { tags: ['stability:stable'] } });
  writeFirewall(tree);
  writePackage(tree, 'packages/preview/vpn', {
    name: '@switchyard/vpn',
    version: '0.2.0',
    dependencies: { '@switchyard/firewall': '^0.1.0' },
    nx: { tags: ['stability:preview'] },
  });
  writeJson(tree, 'packages/preview/vpn/tsconfig.json', { extends: '../../../tsconfig.base.json', references: [{ path: '../firewall' }] });
  return tree;
}

function writeFirewall(tree: Tree): void {
  const root = 'packages/preview/firewall';
  writePackage(tree, root, {
    name: '@switchyard/firewall',
    version: '0.1.0',
    description: 'Firewall as a service for Switchyard. PREVIEW: its API and data may still change.',
    switchyard: { stability: 'preview', enteredCycle: 1, blueprint: 'BP-0002', renewals: [{ cycle: 2, blueprint: 'BP-0002' }] },
    exports: { '.': './dist/index.js', './package.json': './package.json' },
    nx: { tags: ['stability:preview'], targets: API_TARGETS },
    peerDependencies: { '@switchyard/sdk': '^1.0.0' },
  });
  writeApiBaseline(tree, root);
  tree.write(`${root}/README.md`, PREVIEW_README);
  writeJson(tree, `${root}/tsconfig.json`, { extends: '../../../tsconfig.base.json', references: [{ path: '../../core/sdk' }] });
  tree.write(`${root}/vitest.config.ts`, "import { sharedVitestConfig } from '../../../vitest.shared';\n\nexport default sharedVitestConfig;\n");
  tree.write(`${root}/src/index.ts`, PLUGIN_SOURCE);
  tree.write(`${root}/src/migrations/index.ts`, MIGRATIONS_SOURCE);
  tree.write(`${root}/tests/api/rules.spec.ts`, "it('lists rules', () => {});\n");
  tree.write(`${root}/tests/scenario/lifecycle.spec.ts`, "it('blocks then allows', () => {});\n");
}

/** The api-report and openapi targets, as a scaffolded preview has them (promotion requires both). */
export const API_TARGETS = {
  'api-report': { command: 'node ../../../tools/incubator/src/compat/typescript/api-report.mjs', options: { cwd: '{projectRoot}' }, dependsOn: ['build'] },
  openapi: { command: 'node packages/core/server/dist/openapi.js {projectRoot}', dependsOn: ['build', '^build'] },
};

/** api-extractor.json and the committed api/ that promotion requires: reports, model and OpenAPI document, cut down. */
function writeApiBaseline(tree: Tree, root: string): void {
  writeJson(tree, `${root}/api-extractor.json`, { extends: '../../../api-extractor.base.json' });
  tree.write(`${root}/api/report.api.md`, '## API Report File for "@switchyard/firewall"\n');
  writeJson(tree, `${root}/api/model.api.json`, { kind: 'Package', members: [] });
  writeJson(tree, `${root}/api/openapi.json`, { openapi: '3.0.3', paths: {} });
}

function writePackage(tree: Tree, root: string, packageJson: Record<string, unknown>): void {
  writeJson(tree, `${root}/package.json`, packageJson);
}

/** The options normalizeOptions produces for the fixture's firewall. */
export const FIREWALL_OPTIONS: NormalizedPromoteOptions = {
  name: 'firewall',
  packageName: '@switchyard/firewall',
  serviceName: 'firewall',
  previewRoot: 'packages/preview/firewall',
  stableRoot: 'packages/core/firewall',
  previewTag: 'stability:preview',
  stableTag: 'stability:stable',
  currentCycle: 3,
  graduation: {},
};
