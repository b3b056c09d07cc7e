import { describe, expect, it, vi } from 'vitest';
import { previewGenerator } from '../../src/generators/preview/preview.js';
import { createSwitchyardWorkspace } from '../../src/lib/switchyard-test-workspace.js';
import { findPreviewWording } from '../../src/policy/rules/find-preview-wording.js';
import { BANNER_START } from '../../src/policy/rules/preview-labels.js';
import { dropPreviewOnlyPassages, readPreviewOnlyMarks } from '../../src/policy/rules/preview-only-marks.js';

// The generator's callback would build the package for real; these tests read only its README.
vi.mock('node:child_process', () => ({ execFileSync: vi.fn() }));

/** The README as promote leaves it: preview-only passages dropped, the banner gone. */
function asPromoted(readme: string): string {
  const lines = dropPreviewOnlyPassages(readme).split('\n');
  const start = lines.findIndex((line) => line.startsWith(BANNER_START));
  let end = start;
  while (start !== -1 && lines[end + 1]?.startsWith('>')) end += 1;
  if (start !== -1) lines.splice(start, end - start + 1);
  return lines.join('\n');
}

/** The preview-only passages' text, to show what the marks hold. */
function passagesOf(readme: string): string {
  const lines = readme.split('\n');
  return readPreviewOnlyMarks(lines).passages.map(({ start, end }) => lines.slice(start, end + 1).join('\n')).join('\n');
}

describe("the scaffold's README", () => {
  it('keeps its opt-in example and CLI labels in preview-only passages, so nothing calls it a preview once promoted', async () => {
    const tree = createSwitchyardWorkspace();
    await previewGenerator(tree, { name: 'vpn', blueprint: 'BP-0008' });
    const readme = tree.read('packages/preview/vpn/README.md', 'utf-8') ?? '';
    expect(readPreviewOnlyMarks(readme.split('\n')).problems).toEqual([]);
    expect(passagesOf(readme)).toContain('[preview]\nenabled = ["vpn"]');
    expect(passagesOf(readme)).toContain('`[preview]` in `--help`');
    const promoted = asPromoted(readme);
    expect(findPreviewWording(promoted, { packageName: '@switchyard/vpn', serviceNames: ['vpn'] })).toEqual([]);
    expect(promoted).toContain('service_plugins = ["vpn"]');
    expect(promoted).toContain('[plugins.vpn]');
  });
});
