// The release's npm deprecate step against the local registry (scripts/test-packaging.sh): a
// package is published, retired (retired.json as the retire generator records it, in a workspace
// of the test's own), and `npm run release`'s CLI, run with --deprecate-only there, deprecates its
// versions on the registry, records that in retired.json and does not repeat it.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { run } from './packager-site.mjs';
import { ROOT } from './workspace-packages.mjs';

const REGISTRY = process.env.PACKAGING_REGISTRY;
const WORK = process.env.PACKAGING_WORK;
assert.ok(REGISTRY && WORK, 'run through scripts/test-packaging.sh (it sets PACKAGING_REGISTRY and PACKAGING_WORK)');

const RELEASE_CLI = path.join(ROOT, 'tools/incubator/dist/release/cli.js');
const PACKAGE = '@switchyard-probe/retired-demo';
const MESSAGE = `${PACKAGE} was a preview and is retired (release cycle 4): Superseded. Remove it from service_plugins and [preview] enabled.`;
const workspace = path.join(WORK, 'retiring-workspace');

/** The release CLI in the test's workspace; npm's registry and token come from the suite's environment. */
function release(...args) {
  return run(process.execPath, [RELEASE_CLI, ...args], workspace);
}

function deprecatedMessage(version) {
  const view = run('npm', ['view', `${PACKAGE}@${version}`, 'deprecated', '--registry', REGISTRY], WORK);
  assert.equal(view.status, 0, view.output);
  return view.stdout.trim();
}

function publish(version) {
  const dir = path.join(WORK, 'retired-demo', version);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: PACKAGE, version, description: 'Retired preview of the packaging test. PREVIEW.', type: 'module' }));
  writeFileSync(path.join(dir, 'index.js'), 'export {};\n');
  const published = run('npm', ['publish', '--registry', REGISTRY], dir);
  assert.equal(published.status, 0, published.output);
}

function retiredJson() {
  return JSON.parse(readFileSync(path.join(workspace, 'retired.json'), 'utf8'));
}

describe('npm deprecate for what retired.json records, on a local registry', () => {
  it('publishes two versions of a package, then retires it', () => {
    publish('0.1.0');
    publish('0.2.0');
    mkdirSync(workspace, { recursive: true });
    writeFileSync(path.join(workspace, 'package.json'), JSON.stringify({ name: 'retiring-workspace', private: true, workspaces: [] }));
    writeFileSync(path.join(workspace, 'nx.json'), JSON.stringify({ pluginsConfig: { '@switchyard/incubator': { currentReleaseCycle: 4 } } }));
    const entry = { name: 'retired-demo', package: PACKAGE, lastVersion: '0.2.0', reason: 'Superseded.', cycle: 4, deprecate: { range: '<=0.2.0', message: MESSAGE } };
    writeFileSync(path.join(workspace, 'retired.json'), `${JSON.stringify({ retired: [entry] }, null, 2)}\n`);
    assert.equal(deprecatedMessage('0.2.0'), '');
  });

  it('the dry run prints the npm deprecate command and changes nothing', () => {
    const dryRun = release('--deprecate-only', '--dry-run');
    assert.equal(dryRun.status, 0, dryRun.output);
    assert.ok(dryRun.stdout.includes(`npm deprecate "${PACKAGE}@<=0.2.0" "${MESSAGE}"`), dryRun.output);
    assert.ok(dryRun.stdout.includes(REGISTRY), `the dry run names the target registry:\n${dryRun.output}`);
    assert.equal(deprecatedMessage('0.1.0'), '');
    assert.equal(retiredJson().retired[0].deprecated, undefined);
  });

  it('the release deprecates every version in range on the registry and records it in retired.json', () => {
    const deprecated = release('--deprecate-only');
    assert.equal(deprecated.status, 0, deprecated.output);
    assert.equal(deprecatedMessage('0.1.0'), MESSAGE);
    assert.equal(deprecatedMessage('0.2.0'), MESSAGE);
    assert.deepEqual(retiredJson().retired[0].deprecated, [{ registry: REGISTRY, versions: ['0.1.0', '0.2.0'] }]);
  });

  it('does not repeat it at the next release', () => {
    const again = release('--deprecate-only');
    assert.equal(again.status, 0, again.output);
    assert.match(again.stdout, /^Nothing to deprecate: every package retired.json records is deprecated on /);
    assert.equal(retiredJson().retired[0].deprecated.length, 1);
  });
});
