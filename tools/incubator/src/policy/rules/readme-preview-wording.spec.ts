import { describe, expect, it } from 'vitest';
import { previewPackage, privateTool, snapshotOf, stablePackage, withProject } from '../../../tests/policy/snapshot-builders.js';
import { checkReadmePreviewWording } from './readme-preview-wording.js';

const START = '<!-- preview-only -->';
const END = '<!-- /preview-only -->';

/** The firewall after a promotion that left preview words behind. */
function promotedFirewall(readme: string) {
  return { ...stablePackage('firewall'), serviceName: 'firewall', readme };
}

describe('readme-preview-wording', () => {
  it('passes the builders\' workspace, whose stable READMEs say nothing of previews', () => {
    expect(checkReadmePreviewWording(snapshotOf())).toEqual([]);
  });

  it("refuses a stable package's README line that calls it a preview, naming file, line and fix", () => {
    const readme = '# @switchyard/firewall\n\nFilters traffic.\n\n## Known limitations (preview)\n\n- No logging.\n';
    expect(checkReadmePreviewWording(withProject(promotedFirewall(readme)))).toEqual([
      {
        rule: 'readme-preview-wording',
        severity: 'error',
        file: 'packages/core/firewall/README.md',
        message: '@switchyard/firewall is stable, but packages/core/firewall/README.md:5 labels it "(preview)": "## Known limitations (preview)".',
        fix:
          'reword line 5 of packages/core/firewall/README.md for a stable package, or delete it if it held only while @switchyard/firewall was a preview ' +
          `(in a preview's README such passages go between a "${START}" line and a "${END}" line, which promote drops)`,
      },
    ]);
  });

  it('refuses an example config that still opts the stable package in, and "is a preview" prose', () => {
    const readme = ['# @switchyard/firewall', '', 'The firewall is a preview.', '', '```toml', 'service_plugins = ["firewall"]', '[preview]', 'enabled = ["firewall"]', '```', ''].join('\n');
    const messages = checkReadmePreviewWording(withProject(promotedFirewall(readme))).map((finding) => finding.message);
    expect(messages).toEqual([
      '@switchyard/firewall is stable, but packages/core/firewall/README.md:3 says it is a preview: "The firewall is a preview.".',
      '@switchyard/firewall is stable, but packages/core/firewall/README.md:7 labels it "[preview]" or opts it in under [preview]: "[preview]".',
    ]);
  });

  it('lets a preview keep its preview words in marks, and a stable README explain previews in general', () => {
    const readme = `# @switchyard/firewall\n\n> **⚠ PREVIEW.** May change.\n\n${START}\nThe firewall is a preview; opt in with \`[preview] enabled = ["firewall"]\`.\n${END}\n`;
    const preview = { ...previewPackage('firewall'), readme };
    const cli = { ...stablePackage('cli'), readme: '# @switchyard/cli\n\nA **preview** plugin\'s commands read `[preview]` in `--help`: "firewall is a preview service".\n' };
    expect(checkReadmePreviewWording(withProject(cli, withProject(preview)))).toEqual([]);
  });

  it('warns a preview about the lines promote would keep, naming line and fix', () => {
    const readme = '# @switchyard/firewall\n\n> **⚠ PREVIEW.** This service is a *preview*.\n\n## Known limitations (preview)\n';
    expect(checkReadmePreviewWording(withProject({ ...previewPackage('firewall'), readme }))).toEqual([
      {
        rule: 'readme-preview-wording',
        severity: 'warning',
        file: 'packages/preview/firewall/README.md',
        message:
          'packages/preview/firewall/README.md:5 labels it "(preview)" outside a preview-only passage: promote would keep it, and the promoted README would still call @switchyard/firewall a preview: "## Known limitations (preview)".',
        fix: `put the passage between a "${START}" line and a "${END}" line if it holds only while @switchyard/firewall is a preview, or reword line 5 of packages/preview/firewall/README.md so it also holds once stable`,
      },
    ]);
  });

  it('leaves the banner of a stable README to preview-labels', () => {
    const readme = '# @switchyard/firewall\n\n> **⚠ PREVIEW.** This service is a *preview*.\n> Opt in: `[preview] enabled = ["firewall"]`.\n';
    expect(checkReadmePreviewWording(withProject(promotedFirewall(readme)))).toEqual([]);
  });

  it('refuses a preview-only passage left in a stable README: promotion drops them', () => {
    const readme = `# @switchyard/firewall\n\n${START}\nOpt in under [preview].\n${END}\n`;
    const [finding] = checkReadmePreviewWording(withProject(promotedFirewall(readme)));
    expect(finding).toMatchObject({
      message: '@switchyard/firewall is stable, but packages/core/firewall/README.md:3 still holds a preview-only passage (lines 3-5), which promotion would have dropped.',
      fix: 'delete lines 3-5 of packages/core/firewall/README.md (the marks and what they enclose), or keep what is still true of a stable package without the marks',
    });
  });

  it('flags unbalanced marks in any package README, preview or stable', () => {
    const preview = { ...previewPackage('firewall'), readme: `# @switchyard/firewall\n\n> **⚠ PREVIEW.** May change.\n\n${START}\nOpt in.\n` };
    const sdk = { ...stablePackage('sdk'), readme: `# @switchyard/sdk\n\ntext\n${END}\n` };
    const findings = checkReadmePreviewWording(withProject(sdk, withProject(preview)));
    expect(findings.map(({ file, message, fix }) => [file, message, fix])).toEqual([
      [
        'packages/preview/firewall/README.md',
        'packages/preview/firewall/README.md:5 opens a preview-only passage that is never closed, so promote could not tell where it ends.',
        `add a "${END}" line after the passage's last line`,
      ],
      ['packages/core/sdk/README.md', 'packages/core/sdk/README.md:4 closes a preview-only passage that was never opened.', `add a "${START}" line above the passage's first line, or remove this mark`],
    ]);
  });

  it('skips private tools, whose README documents the lifecycle itself', () => {
    const tool = { ...privateTool('incubator'), readme: '# @switchyard/incubator\n\nPREVIEW: labels. This package is a preview? No.\n' };
    expect(checkReadmePreviewWording(withProject(tool))).toEqual([]);
  });
});
