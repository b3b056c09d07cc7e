import { updateJson, writeJson } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { previewWorkspace } from '../generators/promote/promote-fixture.js';
import { readBoard } from './board.js';
import { boardHtml } from './board-html.js';
import { formatBoard, summarizeBoard } from './format-board.js';

const FIREWALL = 'packages/preview/firewall/package.json';

describe('the lifecycle board', () => {
  it('says a preview that meets every criterion is ready to promote, with the command', () => {
    const board = readBoard(previewWorkspace());
    expect(board.currentCycle).toBe(3);
    expect(board.rows.find((row) => row.package === '@switchyard/firewall')).toEqual({
      package: '@switchyard/firewall',
      stability: 'preview',
      version: '0.1.0',
      blueprint: 'BP-0002',
      enteredCycle: 1,
      // Renewed in cycle 2, so one cycle left of the default two.
      cyclesLeft: 1,
      unmet: [],
      next: 'promote: every criterion promote checks is met',
      command: 'npx nx g @switchyard/incubator:promote firewall',
    });
  });

  it('lists what promote would refuse, and asks to renew or retire a preview at the stagnation limit', () => {
    const tree = previewWorkspace();
    tree.delete('packages/preview/firewall/README.md');
    updateJson(tree, FIREWALL, (json) => ({ ...json, switchyard: { ...json.switchyard, renewals: [] } }));
    const firewall = readBoard(tree).rows.find((row) => row.package === '@switchyard/firewall');
    expect(firewall).toMatchObject({ cyclesLeft: 0, unmet: [expect.stringContaining('it has no README')], command: 'npx nx g @switchyard/incubator:renew firewall --blueprint <BP-NNNN>' });
    const vpn = readBoard(tree).rows.find((row) => row.package === '@switchyard/vpn');
    expect(vpn).toBeUndefined();
  });

  it('shows what was promoted or retired in the last two cycles, and not before', () => {
    const tree = previewWorkspace();
    writeJson(tree, 'packages/core/dns/package.json', {
      name: '@switchyard/dns',
      version: '1.0.0',
      switchyard: { stability: 'stable', enteredCycle: 3, blueprint: 'BP-0007', promotedFrom: { stability: 'preview', folder: 'packages/preview/dns', version: '0.4.0', enteredCycle: 1 } },
    });
    writeJson(tree, 'retired.json', {
      retired: [
        { name: 'vpn', package: '@switchyard/vpn', lastVersion: '0.2.0', reason: 'Nobody used it.', cycle: 2, deprecate: { range: '*', message: 'retired' } },
        { name: 'old', package: '@switchyard/old', lastVersion: '0.1.0', reason: 'Long gone.', cycle: 0, deprecate: { range: '*', message: 'retired' } },
      ],
    });
    const rows = readBoard(tree).rows.filter((row) => row.stability !== 'preview');
    expect(rows).toEqual([
      expect.objectContaining({ package: '@switchyard/dns', stability: 'stable', enteredCycle: 1, next: 'promoted in cycle 3: stable, changes only backwards-compatibly' }),
      expect.objectContaining({ package: '@switchyard/vpn', stability: 'retired', version: '0.2.0', next: 'retired in cycle 2: Nobody used it.' }),
    ]);
  });

  it('prints a table, one row per package, then each preview’s unmet criteria and next command', () => {
    const tree = previewWorkspace();
    tree.delete('packages/preview/firewall/README.md');
    const text = formatBoard(readBoard(tree));
    expect(text).toMatch(/^Lifecycle board, release cycle 3 \(a preview may stay 2 cycles/);
    expect(text).toMatch(/^package +stability +version +blueprint +entered +cycles left +criteria +next$/m);
    expect(text).toMatch(/^@switchyard\/firewall +preview +0\.1\.0 +BP-0002 +1 +1 +1 unmet +keep developing: 1 criteria left before promote$/m);
    expect(text).toContain('\n@switchyard/firewall:\n  - it has no README: write packages/preview/firewall/README.md');
  });
});

describe('the lifecycle board in the release output', () => {
  it('sums the previews up in one line: ready, developing, at the limit, and what moved lately', () => {
    const tree = previewWorkspace();
    writeJson(tree, 'retired.json', { retired: [{ name: 'vpn', package: '@switchyard/vpn', lastVersion: '0.2.0', reason: 'Unused.', cycle: 3, deprecate: { range: '*', message: 'retired' } }] });
    expect(summarizeBoard(readBoard(tree))).toBe(
      'Lifecycle, cycle 3: 1 previews (1 ready to promote, 0 developing, 0 at the stagnation limit); promoted or retired lately: @switchyard/vpn (retired). Details: npm run lifecycle\n',
    );
  });
});

describe('the lifecycle board as a page', () => {
  it('colours each row by where the package stands, and escapes what it quotes', () => {
    const tree = previewWorkspace();
    writeJson(tree, 'retired.json', {
      retired: [{ name: 'vpn', package: '@switchyard/vpn', lastVersion: '0.2.0', reason: 'Replaced by <wireguard>.', cycle: 3, deprecate: { range: '*', message: 'retired' } }],
    });
    const page = boardHtml(readBoard(tree));
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/<script|<link|https?:\/\//);
    expect(page).toMatch(/<tr style="background:#d9f2d9" data-standing="ready"><td>@switchyard\/firewall<\/td>/);
    expect(page).toContain('<code>npx nx g @switchyard/incubator:promote firewall</code>');
    expect(page).toContain('data-standing="retired"><td>@switchyard/vpn</td>');
    expect(page).toContain('Replaced by &#60;wireguard&#62;.');
  });
});
