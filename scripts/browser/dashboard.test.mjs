// `npm run test:browser` (scripts/test-browser.sh): the dashboard in Debian's Chromium, driven by
// playwright-core, against the built server on loopback in token mode with the firewall and the
// security groups opted in. One story, step by step as a user clicks it: sign in, build a network,
// a subnet with an allocation pool and a router with an interface, then a firewall rule, a policy
// and a group bound to the router port, a security group with a rule and a port in it, and check
// the Preview badge is on each plugin's panel while the plugin is a preview (its package.json says
// so; after `promote` the same test checks the badge is gone) and on no core panel.
// A screenshot of every step goes to artifacts/browser/ (git-ignored), kept for CI.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assertServerBuilt, freePort, startServerProcess } from '@switchyard/server/testing';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS = path.join(root, 'artifacts', 'browser');
const TOKEN = 'browser-test-token';
const ADMIN_TOKEN = 'browser-admin-token';
// What this machine's closed network needs: no sandbox as root, no background calls home.
// Wherever the firewall lives today (packages/preview or, once promoted, packages/core).
const isPreview = (packageName) => JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`${packageName}/package.json`), 'utf8')).switchyard.stability === 'preview';
const FIREWALL_IS_PREVIEW = isPreview('@switchyard/firewall');
const SECURITY_GROUPS_IS_PREVIEW = isPreview('@switchyard/security-groups');
const OPTED_IN = [...(FIREWALL_IS_PREVIEW ? ['firewall'] : []), ...(SECURITY_GROUPS_IS_PREVIEW ? ['security-groups'] : [])];
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let folder;
let server;
let browser;
let page;
let shot = 0;

before(async () => {
  assertServerBuilt();
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  folder = mkdtempSync(path.join(tmpdir(), 'switchyard-browser-'));
  const config = path.join(folder, 'switchyard.toml');
  writeFileSync(config, serverConfig());
  const port = await freePort();
  server = await startServerProcess({ cwd: folder, args: ['--config', config, '--port', String(port), '--database-url', 'sqlite::memory:'] });
  browser = await chromium.launch({ executablePath: process.env.SWITCHYARD_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(10_000);
});

after(async () => {
  await browser?.close();
  const result = await server?.stop();
  if (result && result.stderr.trim() !== '') console.error(`server stderr:\n${result.stderr}`);
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function serverConfig() {
  return [
    'auth_strategy = "token"',
    'service_plugins = ["firewall", "security-groups"]',
    '[dashboard]',
    'enabled = "yes"',
    '[preview]',
    // A stable plugin needs no opt-in.
    `enabled = ${JSON.stringify(OPTED_IN)}`,
    `[auth.tokens.${JSON.stringify(TOKEN)}]`,
    'project = "demo"',
    `[auth.tokens.${JSON.stringify(ADMIN_TOKEN)}]`,
    'project = "operations"',
    'roles = ["admin"]',
    '',
  ].join('\n');
}

async function screenshot(name) {
  shot += 1;
  await page.screenshot({ path: path.join(ARTIFACTS, `${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
}

async function openPanel(id) {
  await page.click(`nav a[data-menu="${id}"]`);
  await page.waitForSelector(`article[data-panel="${id}"]`);
}

const form = (title) => page.locator(`form[data-form="${title}"]`);

/** Picks, in a select of `form`, the first option whose text contains `text` (options load from the API). */
async function pick(formLocator, field, text) {
  const select = formLocator.locator(`[data-field="${field}"] select`);
  const option = select.locator('option', { hasText: text }).first();
  await option.waitFor({ state: 'attached' });
  const value = await option.getAttribute('value');
  const multiple = await select.evaluate((element) => element.multiple);
  await select.selectOption(multiple ? [value] : value);
}

async function fill(formLocator, field, text) {
  await formLocator.locator(`[data-field="${field}"] input`).fill(text);
}

async function submit(formLocator, expected) {
  await formLocator.locator('button[type="submit"]').click();
  await formLocator.locator('.result, .error').first().waitFor();
  const status = (await formLocator.locator('.form-status').textContent()) ?? '';
  assert.match(status, expected, `the form said: ${status}`);
}

const row = (section, text) => page.locator(`section[data-section="${section}"] tbody tr`, { hasText: text });

async function signIn(token) {
  await page.fill('#login-token', token);
  await page.click('form[data-form="login"] button[type="submit"]');
  await page.waitForSelector('nav a[data-menu="networks"]');
}

/** Types the project in the header and waits for the shell to be drawn again for it. */
async function actIn(project) {
  const header = await page.$('header');
  await page.fill('#acting-project', project);
  await page.locator('header button', { hasText: 'Use project' }).click();
  await header.waitForElementState('hidden');
  await page.waitForSelector('nav a[data-menu="networks"]');
}

test('a user signs in with a token; a wrong token is refused in words', async () => {
  await page.goto(`${server.url}/dashboard/`);
  await page.fill('#login-token', 'not-a-token');
  await page.click('form[data-form="login"] button[type="submit"]');
  await page.waitForSelector('form[data-form="login"] .error');
  assert.equal(await page.textContent('form[data-form="login"] .error'), 'The X-Auth-Token is not valid.');
  await screenshot('login-refused');
  await signIn(TOKEN);
  await screenshot('signed-in');
});

test('creates a network, a subnet with an allocation pool, and a router with an interface', async () => {
  await openPanel('networks');
  await fill(form('Create network'), 'name', 'web');
  await submit(form('Create network'), /^Created network /);
  await row('networks', 'web').waitFor();

  await openPanel('subnets');
  const subnet = form('Create subnet');
  await pick(subnet, 'network_id', 'web');
  await fill(subnet, 'cidr', '10.0.0.0/33');
  await submit(subnet, /cidr/i);
  assert.doesNotMatch((await subnet.locator('.error').textContent()) ?? '', /^\s*\{/, 'API errors read as words, not JSON');
  await screenshot('subnet-error');
  await fill(subnet, 'cidr', '10.0.0.0/24');
  await fill(subnet, 'allocation_pools', '10.0.0.10-10.0.0.50');
  await submit(subnet, /^Created subnet /);
  await row('subnets', '10.0.0.10-10.0.0.50').waitFor();
  await screenshot('subnet');

  await openPanel('routers');
  await fill(form('Create router'), 'name', 'edge');
  await submit(form('Create router'), /^Created router /);
  await row('routers', 'edge').locator('button', { hasText: 'Add interface' }).click();
  const addInterface = form('Add interface: edge');
  await pick(addInterface, 'subnet_id', '10.0.0.0/24');
  await submit(addInterface, /done/);
  await row('ports', '10.0.0.1').waitFor();
  await screenshot('router-interface');
});

test(`no core panel carries a Preview badge; the firewall menu entry ${FIREWALL_IS_PREVIEW ? 'does' : 'neither, now it is stable'}`, async () => {
  for (const id of ['networks', 'subnets', 'ports', 'routers', 'discovery']) {
    await openPanel(id);
    assert.equal(await page.locator(`nav a[data-menu="${id}"] .preview-badge`).count(), 0, `menu entry ${id}`);
    assert.equal(await page.locator('main .preview-badge').count(), 0, `panel ${id}`);
    assert.equal(await page.locator('main .preview-banner').count(), 0, `banner on ${id}`);
  }
  await page.locator('section[data-section="extensions"] tbody tr', { hasText: 'fwaas' }).first().waitFor();
  await screenshot('discovery');
  const badge = page.locator('nav a[data-menu="plugin-firewall"] .preview-badge');
  if (FIREWALL_IS_PREVIEW) assert.equal(await badge.textContent(), 'Preview');
  else assert.equal(await badge.count(), 0);
});

/** The panel's heading, banner and every form carry the Preview label exactly when its plugin is a preview. */
async function assertPanelLabels(service, preview, minimumForms) {
  const formCount = await page.locator('main form').count();
  assert.ok(formCount >= minimumForms, `found ${formCount} forms`);
  if (preview) {
    assert.equal(await page.locator(`nav a[data-menu="plugin-${service}"] .preview-badge`).textContent(), 'Preview');
    assert.equal(await page.locator('main h2 .preview-badge').textContent(), 'Preview');
    assert.match((await page.textContent('main .preview-banner')) ?? '', new RegExp(`^${service} is a preview service`));
    assert.equal(await page.locator('main form h4 .preview-badge').count(), formCount, `every form of the ${service} panel has the badge`);
  } else {
    assert.equal(await page.locator(`nav a[data-menu="plugin-${service}"] .preview-badge`).count(), 0);
    assert.equal(await page.locator('main .preview-badge, main .preview-banner').count(), 0, 'a stable panel has no preview label');
  }
}

test(`the firewall panel, its forms and its banner ${FIREWALL_IS_PREVIEW ? 'say Preview' : 'carry no Preview label'}; a rule, a policy and a group bound to the router port`, async () => {
  await openPanel('plugin-firewall');
  await assertPanelLabels('firewall', FIREWALL_IS_PREVIEW, 4);

  const rule = form('Create firewall rule');
  await fill(rule, 'name', 'allow-web');
  await rule.locator('[data-field="protocol"] select').selectOption('tcp');
  await rule.locator('[data-field="action"] select').selectOption('allow');
  await fill(rule, 'destination_port', '80');
  await submit(rule, /^Created firewall rule /);
  await row('firewall_rules', 'allow-web').waitFor();

  const policy = form('Create firewall policy');
  await pick(policy, 'firewall_rules', 'allow-web');
  await fill(policy, 'name', 'web-policy');
  await submit(policy, /^Created firewall policy /);
  await row('firewall_policies', 'web-policy').waitFor();

  const group = form('Create firewall group');
  await fill(group, 'name', 'edge-fw');
  await pick(group, 'ingress_firewall_policy_id', 'web-policy');
  await pick(group, 'ports', '10.0.0.1');
  await submit(group, /^Created firewall group /);
  await row('firewall_groups', 'edge-fw').filter({ hasText: 'ACTIVE' }).waitFor();
  await screenshot('firewall');

  const evaluate = form('Evaluate a packet');
  await pick(evaluate, 'port_id', '10.0.0.1');
  await evaluate.locator('[data-field="direction"] select').selectOption('ingress');
  await evaluate.locator('[data-field="protocol"] select').selectOption('tcp');
  await fill(evaluate, 'source_ip_address', '192.0.2.7');
  await fill(evaluate, 'destination_ip_address', '10.0.0.20');
  await fill(evaluate, 'destination_port', '80');
  await submit(evaluate, /^ALLOW: /);
  await screenshot('evaluation');
});

test(`the security groups panel ${SECURITY_GROUPS_IS_PREVIEW ? 'says Preview' : 'carries no Preview label'}; a group and a rule in it, listed, and a port put in the group`, async () => {
  await openPanel('plugin-security-groups');
  await assertPanelLabels('security-groups', SECURITY_GROUPS_IS_PREVIEW, 2);

  const group = form('Create security group');
  await fill(group, 'name', 'web-sg');
  await fill(group, 'description', 'web servers');
  await submit(group, /^Created security group /);
  await row('security_groups', 'web-sg').filter({ hasText: 'web servers' }).waitFor();

  const rule = form('Create security group rule');
  await pick(rule, 'security_group_id', 'web-sg');
  await rule.locator('[data-field="direction"] select').selectOption('ingress');
  await rule.locator('[data-field="protocol"] select').selectOption('tcp');
  await fill(rule, 'port_range_min', '443');
  await fill(rule, 'port_range_max', '443');
  await fill(rule, 'remote_ip_prefix', '192.0.2.0/24');
  await submit(rule, /^Created security group rule /);
  const groupId = await row('security_groups', 'web-sg').getAttribute('data-id');
  await row('security_group_rules', '192.0.2.0/24').filter({ hasText: groupId }).filter({ hasText: '443' }).waitFor();
  await screenshot('security-groups');

  await row('ports', '10.0.0.1').locator('button', { hasText: 'Set security groups' }).click();
  const setGroups = page.locator('form[data-form^="Set security groups: "]');
  await pick(setGroups, 'security_groups', 'web-sg');
  await submit(setGroups, /done/);
  await row('ports', '10.0.0.1').filter({ hasText: groupId }).waitFor();
  await screenshot('port-security-groups');
});

test("an admin picks a project: lists show that project's resources and creates land in it", async () => {
  await page.click('header button.logout');
  await signIn(ADMIN_TOKEN);
  await actIn('demo');
  await openPanel('networks');
  await row('networks', 'web').waitFor();
  await fill(form('Create network'), 'name', 'made-by-admin');
  await submit(form('Create network'), /^Created network /);
  await row('networks', 'made-by-admin').filter({ hasText: 'demo' }).waitFor();
  await screenshot('admin-in-demo');
  await actIn('elsewhere');
  await openPanel('networks');
  await page.locator('section[data-section="networks"] .empty').waitFor();
  assert.equal(await row('networks', 'web').count(), 0, "another project's network is not listed");
});
