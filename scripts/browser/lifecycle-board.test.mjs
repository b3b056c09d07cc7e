// The lifecycle board's HTML page (`npm run lifecycle -- --html <file>`) as a maintainer opens it:
// in Debian's Chromium, from the file, with nothing else loaded. The rows it must show are the
// board's own (`--json`), whatever the workspace holds today; a screenshot goes to
// artifacts/browser/ (git-ignored).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS = path.join(root, 'artifacts', 'browser');
const BOARD_CLI = path.join(root, 'tools/incubator/dist/lifecycle/cli.js');
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let folder;
let browser;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  folder = mkdtempSync(path.join(tmpdir(), 'switchyard-board-'));
  browser = await chromium.launch({ executablePath: process.env.SWITCHYARD_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const board = (...args) => execFileSync(process.execPath, [BOARD_CLI, ...args], { cwd: root, encoding: 'utf8' });

test('the HTML board shows one colour-coded row per package of the JSON board, every preview among them', async () => {
  const expected = JSON.parse(board('--json')).rows;
  const file = path.join(folder, 'lifecycle.html');
  board('--html', file);
  const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
  // Self-contained: a request for anything but the file itself would fail the test.
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  const rows = page.locator('tbody tr');
  assert.equal(await rows.count(), expected.length);
  for (const [index, row] of expected.entries()) {
    const cells = await rows.nth(index).locator('td').allTextContents();
    assert.deepEqual(cells.slice(0, 3), [row.package, row.stability, row.version], `row ${index + 1}`);
    const background = await rows.nth(index).evaluate((element) => getComputedStyle(element).backgroundColor);
    assert.notEqual(background, 'rgba(0, 0, 0, 0)', `row of ${row.package} is colour-coded`);
  }
  assert.deepEqual(requests, [pathToFileURL(file).href]);
  await page.screenshot({ path: path.join(ARTIFACTS, 'lifecycle-board.png'), fullPage: true });
  await page.close();
});
