import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { describe, expect, it } from 'vitest';
import { FIREWALL_OPTIONS } from '../promote-fixture.js';
import { findPreviewMentions } from './find-preview-mentions.js';

const ROOT = 'packages/core/firewall';

describe('findPreviewMentions', () => {
  it('lists each line of src and tests that still says preview, and nothing else', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write(`${ROOT}/src/index.ts`, "export const a = 1;\nexport const previewed = 'Preview';\n");
    tree.write(`${ROOT}/tests/api/host.spec.ts`, "expect(header).toBe('preview');\n");
    tree.write(`${ROOT}/tests/scenario/notes.ts`, '/** The core cannot load a preview, so this suite lives here. */\n');
    tree.write(`${ROOT}/tests/cli/labels.spec.ts`, "expect(config.preview.enabled).toEqual(['firewall']);\nconst label = previewed ? '[preview]' : '';\n");
    tree.write(`${ROOT}/src/notes.md`, 'preview\n');
    expect(findPreviewMentions(tree, FIREWALL_OPTIONS)).toEqual([
      `${ROOT}/src/index.ts:2`,
      `${ROOT}/tests/api/host.spec.ts:1`,
      `${ROOT}/tests/scenario/notes.ts:1`,
      `${ROOT}/tests/cli/labels.spec.ts:1`,
      `${ROOT}/tests/cli/labels.spec.ts:2`,
    ]);
  });

  it('leaves out code that already follows the metadata, with the comment that explains it', () => {
    const tree = createTreeWithEmptyWorkspace();
    const source = [
      "const stable = stability !== 'preview';",
      '      // The opt-in an operator needs for a preview firewall, and must drop once it is stable.',
      "      ...(firewallStability === 'preview' ? ['[preview]', 'enabled = [\"firewall\"]'] : []),",
      "  case 'preview':",
      "type Stability = 'stable' | 'preview';",
      "it(`warns at start-up exactly when the firewall is a preview (package.json says ${firewallStability})`, () => {});",
      "expect(config.preview.enabled).toEqual(preview ? ['firewall'] : []);",
      "expect(stdout.includes('# [preview] Most rules a firewall policy may hold')).toBe(preview);",
      "const NOTICE =\n  stability === 'preview'\n    ? 'switchyard: firewall is a preview service'\n    : '';",
      "expect(help.stdout).not.toMatch(/network +\\[preview\\]/);",
      "describe('the preview notice', () => {});",
    ].join('\n');
    tree.write(`${ROOT}/tests/scenario/server.spec.ts`, source);
    expect(findPreviewMentions(tree, FIREWALL_OPTIONS)).toEqual([]);
  });

  it('leaves out names that stay valid: previewWarning, --no-preview-warning, SWITCHYARD_NO_PREVIEW_WARNING', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write(`${ROOT}/src/cli/run.ts`, "run({ previewWarning: false, argv: ['--no-preview-warning'], env: 'SWITCHYARD_NO_PREVIEW_WARNING' });\n");
    expect(findPreviewMentions(tree, FIREWALL_OPTIONS)).toEqual([]);
  });

  it('still lists a conditional-looking line whose other words are unconditional', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write(`${ROOT}/tests/api/header.spec.ts`, "// Every response is labelled preview.\nexpect(response.headers['x-switchyard-stability']).toBe('preview');\n");
    expect(findPreviewMentions(tree, FIREWALL_OPTIONS)).toEqual([`${ROOT}/tests/api/header.spec.ts:1`, `${ROOT}/tests/api/header.spec.ts:2`]);
  });

  it('lists README lines that still call the package a preview, but not preview-only passages promote drops', () => {
    const tree = createTreeWithEmptyWorkspace();
    const readme = [
      '# @switchyard/firewall',
      '',
      '## Known limitations (preview)',
      '',
      '<!-- preview-only -->',
      'While the firewall is a preview, opt in under `[preview] enabled = ["firewall"]`.',
      '<!-- /preview-only -->',
      '',
      'The CLI prints "[preview]" for preview plugins in general.',
    ].join('\n');
    tree.write(`${ROOT}/README.md`, readme);
    expect(findPreviewMentions(tree, FIREWALL_OPTIONS)).toEqual([`${ROOT}/README.md:3`]);
  });
});
