import { describe, expect, it } from 'vitest';
import { previewPackage, snapshotOf, stablePackage, withProject } from '../../../tests/policy/snapshot-builders.js';
import { PREVIEW_SURFACE_CHECKS, checkPreviewLabels } from './preview-labels.js';

describe('preview-labels', () => {
  it('passes a preview with its README banner and a labeled [plugins.<service>] section', () => {
    expect(checkPreviewLabels(snapshotOf())).toEqual([]);
  });

  it('checks the hand-written surfaces: README, switchyard.toml and the npm description', () => {
    expect(PREVIEW_SURFACE_CHECKS.map((check) => check.name)).toEqual(['checkReadmeBanner', 'checkConfigSection', 'checkPackageDescription']);
  });

  it('reports a preview whose package.json description does not say preview, and a stable one that still does', () => {
    const firewall = previewPackage('firewall', { description: 'Firewall as a service.' });
    expect(checkPreviewLabels(withProject(firewall))).toEqual([
      {
        rule: 'preview-labels',
        severity: 'error',
        file: 'packages/preview/firewall/package.json',
        message: '@switchyard/firewall is a preview but its package.json description is "Firewall as a service.", so `npm view` does not say preview.',
        fix: 'end the "description" in packages/preview/firewall/package.json with "PREVIEW: its API and data may still change."',
      },
    ]);
    const server = stablePackage('server', { description: 'The server. PREVIEW: may change.' });
    expect(checkPreviewLabels(withProject(server)).map((finding) => finding.message)).toEqual([
      '@switchyard/server is stable but its package.json description still says "PREVIEW:".',
    ]);
  });

  it('reports a preview README without the banner under its title, quoting what it found', () => {
    const firewall = { ...previewPackage('firewall'), readme: '# @switchyard/firewall\n\nFirewall as a service.\n' };
    expect(checkPreviewLabels(withProject(firewall))).toEqual([
      {
        rule: 'preview-labels',
        severity: 'error',
        file: 'packages/preview/firewall/README.md',
        message: '@switchyard/firewall is a preview but its README does not open with the preview banner; found "# @switchyard/firewall" then "Firewall as a service.".',
        fix: 'start packages/preview/firewall/README.md with "# @switchyard/firewall", then a blockquote whose first line begins "> **⚠ PREVIEW.**" saying the API and data may change and how operators opt in',
      },
    ]);
  });

  it('reports a preview without a README', () => {
    const [finding] = checkPreviewLabels(withProject({ ...previewPackage('firewall'), readme: null }));
    expect(finding.message).toBe('@switchyard/firewall is a preview but has no README.md, so nothing warns its readers.');
  });

  it('reports a stable README that still carries the banner', () => {
    const server = { ...stablePackage('server'), readme: '# @switchyard/server\n\n> **⚠ PREVIEW.** Old label.\n' };
    expect(checkPreviewLabels(withProject(server)).map((finding) => [finding.file, finding.message])).toEqual([
      ['packages/core/server/README.md', '@switchyard/server is stable but its README still carries the preview banner.'],
    ]);
  });

  it('reports a [plugins.<service>] section of a preview without a "# PREVIEW:" comment right above it', () => {
    const text = '# Settings of the firewall plugin.\n[plugins.firewall]\nmax_rules_per_policy = 100\n';
    expect(checkPreviewLabels(snapshotOf({ switchyardToml: { file: 'switchyard.toml', text } }))).toEqual([
      {
        rule: 'preview-labels',
        severity: 'error',
        file: 'switchyard.toml',
        message: '[plugins.firewall] configures the preview @switchyard/firewall but is not labeled; the comment right above it starts "# Settings of the firewall plugin.".',
        fix: 'put a comment starting "# PREVIEW:" directly above [plugins.firewall] in switchyard.toml, e.g. "# PREVIEW: settings of the firewall plugin (its API and data may change)."',
      },
    ]);
  });

  it('finds the section by the plugin\'s service name, quoted or not', () => {
    const fw = { ...previewPackage('firewall'), serviceName: 'fwaas' };
    const text = '[plugins."fwaas"]\nmax_rules_per_policy = 1\n';
    const [finding] = checkPreviewLabels(withProject(fw, snapshotOf({ switchyardToml: { file: 'switchyard.toml', text } })));
    expect(finding.message).toBe('[plugins.fwaas] configures the preview @switchyard/firewall but is not labeled; the comment right above it is missing.');
  });

  it('has nothing to label when the preview has no section, and reports a switchyard.toml that does not parse', () => {
    expect(checkPreviewLabels(snapshotOf({ switchyardToml: { file: 'switchyard.toml', text: 'service_plugins = []\n' } }))).toEqual([]);
    const [finding] = checkPreviewLabels(snapshotOf({ switchyardToml: { file: 'switchyard.toml', text: '[plugins.firewall\n' } }));
    expect(finding.message).toMatch(/^switchyard.toml is not valid TOML, so the label of \[plugins.firewall\] cannot be checked: /);
  });
});
