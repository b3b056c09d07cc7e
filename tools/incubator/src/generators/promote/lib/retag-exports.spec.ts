import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readJson, type Tree } from '@nx/devkit';
import { promoteGenerator } from '../promote.js';
import { FIREWALL_OPTIONS, previewWorkspace } from '../promote-fixture.js';
import { apiSurfacesOf } from '../../../policy/rules/api-compatibility.js';
import { retagExports, retagModel } from './retag-exports.js';

const ROOT = FIREWALL_OPTIONS.stableRoot;
const SOURCE = [
  '/**',
  ' * The plugin.',
  ' *',
  ' * @beta',
  ' */',
  "export default definePlugin({ note: 'a string that says @beta stays as written' });",
  '',
].join('\n');
const REPORT = '## API Report\n\n```ts\n\n// @beta\nexport interface FirewallConfig {\n}\n\n// @beta (undocumented)\nexport const x: number;\n```\n';
const MODEL = `${JSON.stringify({ kind: 'Package', members: [{ kind: 'Interface', releaseTag: 'Beta', docComment: '/**\n * Config.\n *\n * @beta\n */\n' }] }, null, 2)}\n`;

/** The promoted firewall as movePackage leaves it, with api/ files and the seeded preview baseline. */
function promotedFirewall(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  tree.write(`${ROOT}/package.json`, JSON.stringify({ name: '@switchyard/firewall', version: '0.3.0' }));
  tree.write(`${ROOT}/src/index.ts`, SOURCE);
  tree.write(`${ROOT}/api/report.api.md`, REPORT);
  tree.write(`${ROOT}/api/model.api.json`, MODEL);
  tree.write(`${ROOT}/api/openapi.json`, '{"openapi": "3.0.3"}\n');
  tree.write(`${ROOT}/api/released/released.json`, '{"version": "0.3.0", "seededFrom": "first release baseline"}\n');
  return tree;
}

describe('retagExports', () => {
  it('turns @beta into @public in TSDoc comments only, in the report and in the doc model', () => {
    const tree = promotedFirewall();
    retagExports(tree, FIREWALL_OPTIONS);
    expect(tree.read(`${ROOT}/src/index.ts`, 'utf-8')).toBe(SOURCE.replace(' * @beta', ' * @public'));
    expect(tree.read(`${ROOT}/api/report.api.md`, 'utf-8')).toBe(
      '## API Report\n\n```ts\n\n// @public\nexport interface FirewallConfig {\n}\n\n// @public (undocumented)\nexport const x: number;\n```\n',
    );
    expect(readJson(tree, `${ROOT}/api/model.api.json`).members[0]).toEqual({
      kind: 'Interface',
      releaseTag: 'Public',
      docComment: '/**\n * Config.\n *\n * @public\n */\n',
    });
  });

  it('copies every current api/ file into api/released/ as the first stable baseline, 1.0.0 promoted from the preview version', () => {
    const tree = promotedFirewall();
    const changes = retagExports(tree, FIREWALL_OPTIONS);
    for (const file of ['report.api.md', 'model.api.json', 'openapi.json']) {
      expect(tree.read(`${ROOT}/api/released/${file}`, 'utf-8')).toBe(tree.read(`${ROOT}/api/${file}`, 'utf-8'));
    }
    expect(readJson(tree, `${ROOT}/api/released/released.json`)).toEqual({ version: '1.0.0', promotedFrom: '0.3.0' });
    expect(changes).toEqual([
      `${ROOT}/src/index.ts: release tags @beta -> @public`,
      `${ROOT}/api/model.api.json: release tags @beta -> @public`,
      `${ROOT}/api/report.api.md: release tags @beta -> @public`,
      `${ROOT}/api/released: first stable API baseline (3 files of api/, 1.0.0 promoted from 0.3.0)`,
    ]);
  });

  it('records exactly the API files the gate compares: subpath models kept, a subpath the preview dropped and non-API files left out', () => {
    const tree = promotedFirewall();
    tree.write(`${ROOT}/api/cli.model.api.json`, MODEL);
    tree.write(`${ROOT}/api/alpha.model.api.json`, MODEL);
    tree.write(`${ROOT}/api/notes.txt`, 'not an API file\n');
    tree.write(`${ROOT}/api/released/testing.model.api.json`, MODEL);
    retagExports(tree, FIREWALL_OPTIONS);
    const released = tree.children(`${ROOT}/api/released`);
    const compared = apiSurfacesOf([...tree.children(`${ROOT}/api`), ...released]).map((surface) => surface.file);
    expect(compared).toEqual(['alpha.model.api.json', 'cli.model.api.json', 'model.api.json', 'openapi.json']);
    for (const file of compared) expect(tree.read(`${ROOT}/api/released/${file}`, 'utf-8')).toBe(tree.read(`${ROOT}/api/${file}`, 'utf-8'));
    expect(released.sort()).toEqual([...compared, 'released.json', 'report.api.md'].sort());
    expect(readJson(tree, `${ROOT}/api/released/released.json`)).toEqual({ version: '1.0.0', promotedFrom: '0.3.0' });
  });

  it("relabels a ./client export's generated operation map and tags as regenerating it from the relabeled document would", () => {
    const tree = promotedFirewall();
    const header = '// Generated from api/openapi.json by the client-types target: do not edit.\n\n';
    const operations = `${header}/**\n * The stability of each operation.\n *\n * @beta\n */\nexport const operationStability = {\n  "GET /v2.0/fwaas/firewall_rules": "preview",\n  "DELETE /v2.0/fwaas/firewall_rules/{id}": "preview",\n} as const;\n`;
    const types = `${header}/** @beta */\nexport interface paths {\n    "/v2.0/fwaas/firewall_rules": {\n        get: { note: "preview" };\n    };\n}\n`;
    tree.write(`${ROOT}/src/client/generated/operation-stability.ts`, operations);
    tree.write(`${ROOT}/src/client/generated/api.ts`, types);
    retagExports(tree, FIREWALL_OPTIONS);
    expect(tree.read(`${ROOT}/src/client/generated/operation-stability.ts`, 'utf-8')).toBe(operations.replace('@beta', '@public').replaceAll(': "preview",', ': "stable",'));
    // Elsewhere "preview" is data (an enum value, a description), never a label to change.
    expect(tree.read(`${ROOT}/src/client/generated/api.ts`, 'utf-8')).toBe(types.replace('/** @beta */', '/** @public */'));
  });

  it('leaves a package without api/ or @beta tags alone', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write(`${ROOT}/src/index.ts`, '/** @public */\nexport const a = 1;\n');
    expect(retagExports(tree, FIREWALL_OPTIONS)).toEqual([]);
    expect(tree.exists(`${ROOT}/api`)).toBe(false);
  });

  it('runs as a step of promote', async () => {
    const tree = previewWorkspace();
    tree.write('packages/preview/firewall/api/report.api.md', REPORT);
    await promoteGenerator(tree, { name: 'firewall' });
    expect(tree.read(`${ROOT}/api/released/report.api.md`, 'utf-8')).toContain('// @public\nexport interface FirewallConfig');
    expect(readJson(tree, `${ROOT}/api/released/released.json`)).toEqual({ version: '1.0.0', promotedFrom: '0.1.0' });
  });
});

/**
 * A preview's doc model as API Extractor writes it, cut down: the TSDoc tag table defines @beta
 * (and @betaDocumentation) and must stay; the package and a nested member are tagged Beta.
 */
const PREVIEW_MODEL = `${JSON.stringify(
  {
    metadata: {
      toolPackage: '@microsoft/api-extractor',
      tsdocConfig: {
        tagDefinitions: [
          { tagName: '@beta', syntaxKind: 'modifier' },
          { tagName: '@betaDocumentation', syntaxKind: 'modifier' },
          { tagName: '@public', syntaxKind: 'modifier' },
        ],
        supportForTags: { '@beta': true, '@betaDocumentation': true, '@public': true },
      },
    },
    kind: 'Package',
    canonicalReference: '@switchyard/probe!',
    docComment: '/**\n * The probe service.\n *\n * @beta\n */\n',
    members: [
      {
        kind: 'EntryPoint',
        members: [{ kind: 'Variable', releaseTag: 'Beta', docComment: '/**\n * @beta @betaDocumentation\n */\n', excerptTokens: [{ kind: 'Content', text: '@beta' }] }],
      },
    ],
  },
  null,
  2,
)}\n`;

describe('retagModel', () => {
  const committedSdkModel = () => readFileSync(new URL('../../../../../../packages/core/sdk/api/model.api.json', import.meta.url), 'utf8');

  it('rewrites a real model byte for byte as API Extractor wrote it, apart from the tags', () => {
    const sdk = committedSdkModel();
    expect(retagModel(sdk)).toBe(sdk);
  });

  it('retags every item and comment of a preview model; the TSDoc tag table keeps its definitions and code text is left as written', () => {
    const retagged = JSON.parse(retagModel(PREVIEW_MODEL));
    const original = JSON.parse(PREVIEW_MODEL);
    expect(retagged.metadata).toEqual(original.metadata);
    expect(retagged.docComment).toBe('/**\n * The probe service.\n *\n * @public\n */\n');
    expect(retagged.members[0].members[0]).toEqual({
      kind: 'Variable',
      releaseTag: 'Public',
      docComment: '/**\n * @public @betaDocumentation\n */\n',
      excerptTokens: [{ kind: 'Content', text: '@beta' }],
    });
    expect(retagModel(PREVIEW_MODEL)).toBe(`${JSON.stringify(retagged, null, 2)}\n`);
  });
});
