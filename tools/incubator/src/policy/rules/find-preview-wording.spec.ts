import { describe, expect, it } from 'vitest';
import { findPreviewWording } from './find-preview-wording.js';

const FIREWALL = { packageName: '@switchyard/firewall', serviceNames: ['firewall'] };

function linesOf(readme: string, names = FIREWALL): number[] {
  return findPreviewWording(readme, names).map(({ line }) => line);
}

describe('findPreviewWording: what calls the package a preview', () => {
  it('finds labels, statements and the opt-in, each with its line and what it says', () => {
    const readme = [
      '# @switchyard/firewall',
      '',
      'The firewall is a preview for now.',
      '',
      '## Known limitations (preview)',
      '',
      'The `switchyard` command picks up this plugin\'s commands and labels each `[preview]`;',
      'running one prints a notice.',
      '',
      'Opt in with `[preview] enabled = ["firewall"]`.',
      '',
      'PREVIEW: its API may change.',
    ].join('\n');
    expect(findPreviewWording(readme, FIREWALL)).toEqual([
      { line: 3, text: 'The firewall is a preview for now.', says: 'says it is a preview' },
      { line: 5, text: '## Known limitations (preview)', says: 'labels it "(preview)"' },
      { line: 7, text: "The `switchyard` command picks up this plugin's commands and labels each `[preview]`;", says: 'labels it "[preview]" or opts it in under [preview]' },
      { line: 10, text: 'Opt in with `[preview] enabled = ["firewall"]`.', says: 'labels it "[preview]" or opts it in under [preview]' },
      { line: 12, text: 'PREVIEW: its API may change.', says: 'labels it PREVIEW' },
    ]);
  });

  it('finds the opt-in section of an example config, and a labelled comment, in fenced code', () => {
    const readme = ['```toml', 'service_plugins = ["firewall"]', '', '[preview]', 'enabled = ["firewall"]', '', '# PREVIEW: settings of the firewall plugin', '[plugins.firewall]', '```'].join('\n');
    expect(linesOf(readme)).toEqual([4, 7]);
  });

  it('finds a dotted-key opt-in in code and the banner of a preview', () => {
    expect(linesOf('```toml\npreview.enabled = ["firewall"]\n```\n')).toEqual([2]);
    expect(linesOf('# x\n\n> **⚠ PREVIEW.** This service is a *preview* (version 0.x).\n')).toEqual([3]);
  });

  it('finds a sentence spread over lines on the line where the word is', () => {
    expect(linesOf('While it stays opt-in,\nthis service\nis a preview.\n')).toEqual([3]);
  });
});

describe('findPreviewWording: what does not', () => {
  it('skips preview-only passages', () => {
    const readme = ['Intro.', '<!-- preview-only -->', 'The firewall is a preview.', '```toml', '[preview]', 'enabled = ["firewall"]', '```', '<!-- /preview-only -->', 'Outro.'].join('\n');
    expect(linesOf(readme)).toEqual([]);
  });

  it("passes a stable package's README that explains previews in general (the CLI's, the server's, the SDK's words)", () => {
    const readme = [
      '### Preview labels',
      '',
      'Every command and subcommand (and any global option) a **preview** plugin adds reads `[preview]` in',
      '`--help`, and running one of its commands prints on stderr:',
      '',
      '```',
      'switchyard: firewall is a preview service; its commands and API may change. Silence with --no-preview-warning or SWITCHYARD_NO_PREVIEW_WARNING=1',
      '```',
      '',
      'The server refuses to start when a preview is listed without `[preview] enabled = ["<name>"]`.',
      '',
      '- it is the service name in `service_plugins` and `[preview] enabled`.',
      '',
      '```toml',
      '[preview]',
      'enabled = ["firewall"]',
      '```',
    ].join('\n');
    expect(linesOf(readme, { packageName: '@switchyard/cli', serviceNames: ['cli'] })).toEqual([]);
    expect(linesOf(readme, { packageName: '@switchyard/server', serviceNames: ['server'] })).toEqual([]);
  });

  it('passes history and identifiers: "promoted from preview", previewWarning, the PREVIEW word in passing', () => {
    const readme = [
      '> **Stable** since release cycle 3 (promoted from preview). Its API follows semver.',
      '',
      'Pass `previewWarning: false` or `--no-preview-warning`; not to be confused with the PREVIEW label.',
    ].join('\n');
    expect(linesOf(readme)).toEqual([]);
  });

  it('does not take another package for the subject: "the vpn is a preview" in the firewall README', () => {
    expect(linesOf('The vpn is a preview, and the firewall works with it.\n')).toEqual([]);
  });
});
