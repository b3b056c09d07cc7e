import { updateJson, writeJson } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { previewWorkspace } from '../generators/promote/promote-fixture.js';
import { gatherBoardEvidence, readBoard } from './board.js';
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
      lastApiBreak: 'none',
      criteria: [],
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
    expect(text).toMatch(/^package +stability +version +blueprint +entered +cycles left +last API break +criteria +next$/m);
    expect(text).toMatch(/^@switchyard\/firewall +preview +0\.1\.0 +BP-0002 +1 +1 +none +none apply +keep developing: 1 criteria left before promote$/m);
    expect(text).toContain('\n@switchyard/firewall:\n  - it has no README: write packages/preview/firewall/README.md');
  });
});

describe('the lifecycle board, graduation criteria and API history', () => {
  /** The firewall's blueprint asks for tests, a bench figure and a section; its 0.2.0 (cycle 2) broke the API. */
  function criteriaWorkspace() {
    const tree = previewWorkspace();
    tree.write('blueprints/BP-0002.md', '---\nstatus: approved\ngraduation:\n  api_soak_cycles: 1\n  tests: true\n  docs: [Data]\n  benchmarks:\n    evaluate_p99_ms: "<= 5"\n---\n# Firewall\n');
    const breaking = { surface: 'typescript', element: 'export evaluate', change: 'removed', breaking: true };
    tree.write('packages/preview/firewall/api/released/history.json', JSON.stringify({ releases: [{ version: '0.2.0', cycle: 2, changes: [breaking] }] }));
    return tree;
  }

  it('shows the last API break and each criterion met, unmet or not run, judged as promote judges it', () => {
    const firewall = readBoard(criteriaWorkspace()).rows.find((row) => row.package === '@switchyard/firewall');
    expect(firewall?.lastApiBreak).toBe('cycle 2 (0.2.0)');
    expect(firewall?.criteria.map(({ criterion, status }) => `${criterion}: ${status}`)).toEqual(['api_soak_cycles: met', 'docs: unmet', 'tests: unknown', 'benchmarks.evaluate_p99_ms: unknown']);
    expect(firewall?.unmet).toEqual(['packages/preview/firewall/README.md has no "## Data" section, which blueprints/BP-0002.md (graduation.docs) requires: write it before promoting.']);
    expect(formatBoard(readBoard(criteriaWorkspace()))).toMatch(/^@switchyard\/firewall +preview +0\.1\.0 +BP-0002 +1 +1 +cycle 2 \(0\.2\.0\) +1 met, 1 unmet, 2 not run +keep developing/m);
  });

  it('judges tests and benchmarks from the runs --verify made, and nothing runs without it', async () => {
    const tree = criteriaWorkspace();
    const ran: string[] = [];
    const runTarget = async (_root: string, project: string, target: string) => {
      ran.push(`${project}:${target}`);
      return { project, target, exitCode: target === 'test' ? 1 : 0, output: target === 'bench' ? '{"evaluate_p99_ms": 3}' : 'FAIL rules.spec.ts' };
    };
    readBoard(tree);
    expect(ran).toEqual([]);
    const firewall = readBoard(tree, await gatherBoardEvidence(tree, { runTarget })).rows.find((row) => row.package === '@switchyard/firewall');
    expect(ran).toEqual(['@switchyard/firewall:lint', '@switchyard/firewall:typecheck', '@switchyard/firewall:test', '@switchyard/firewall:bench']);
    expect(firewall?.criteria.map(({ criterion, status }) => `${criterion}: ${status}`)).toEqual(['api_soak_cycles: met', 'docs: unmet', 'tests: unmet', 'benchmarks.evaluate_p99_ms: met']);
    expect(firewall?.unmet).toEqual(expect.arrayContaining([expect.stringMatching(/^@switchyard\/firewall:test failed \(exit code 1\)/)]));
  });

  it('counts an API break in the sources not released yet', () => {
    const tree = previewWorkspace();
    tree.write('packages/preview/firewall/api/released/openapi.json', JSON.stringify({ openapi: '3.0.3', paths: { '/v2.0/fwaas/evaluate': { post: { responses: { 200: { description: 'ok' } } } } } }));
    expect(readBoard(tree).rows.find((row) => row.package === '@switchyard/firewall')?.lastApiBreak).toBe('cycle 3 (unreleased)');
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
    expect(page).toContain('<th>last API break</th><th>criteria</th><th>unmet</th>');
    expect(page).toMatch(/data-standing="ready"><td>@switchyard\/firewall<\/td>(<td>[^<]*<\/td>){5}<td>none<\/td><td>none apply<\/td>/);
  });
});
