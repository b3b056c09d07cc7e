import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverCliPlugins } from './discover-cli-plugins.js';
import { DEFAULT_CONDITIONS } from './package-exports.js';

const metadata = { stability: 'preview', enteredCycle: 1, blueprint: 'BP-0009' };
const cliExports = { '.': './index.js', './cli': { import: './cli.js' }, './package.json': './package.json' };

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Writes `{relative path: content}` under a fresh temp dir (objects become JSON). */
function testdir(files: Record<string, unknown>): string {
  root = mkdtempSync(path.join(tmpdir(), 'switchyard-cli-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

function discover(options: { configEntries?: string[]; searchDirectories: string[] }) {
  const result = discoverCliPlugins({ configEntries: [], conditions: DEFAULT_CONDITIONS, configSource: 'switchyard.toml', ...options });
  return {
    names: result.packages.map((found) => found.name),
    withoutCommands: result.withoutCommands.map((found) => found.name),
    warnings: result.warnings,
    packages: result.packages,
  };
}

describe('discoverCliPlugins', () => {
  it('finds @switchyard packages with a switchyard field and a ./cli export, and nothing else', () => {
    const dir = testdir({
      'node_modules/@switchyard/widgets/package.json': { name: '@switchyard/widgets', switchyard: metadata, exports: cliExports },
      'node_modules/@switchyard/widgets/cli.js': 'export default {};',
      'node_modules/@switchyard/sdk/package.json': { name: '@switchyard/sdk', switchyard: metadata, exports: { '.': './index.js' } },
      'node_modules/@switchyard/tool/package.json': { name: '@switchyard/tool', exports: cliExports },
      'node_modules/@switchyard/tool/cli.js': '',
      'node_modules/@acme/dns/package.json': { name: '@acme/dns', switchyard: metadata, exports: cliExports },
      'node_modules/@acme/dns/cli.js': '',
    });
    const { names, warnings, packages } = discover({ searchDirectories: [dir] });
    expect(names).toEqual(['@switchyard/widgets']);
    expect(packages[0].entryPath).toBe(path.join(dir, 'node_modules/@switchyard/widgets/cli.js'));
    expect(warnings).toEqual([]);
  });

  it('lists apart the service plugins without a ./cli export: an SDK peer in the scope, or any package service_plugins names', () => {
    const mainOnly = { '.': './index.js', './package.json': './package.json' };
    const sdkPeer = { '@switchyard/sdk': '^1.0.0' };
    const dir = testdir({
      'node_modules/@switchyard/vpn/package.json': { name: '@switchyard/vpn', switchyard: metadata, peerDependencies: sdkPeer, exports: mainOnly },
      'node_modules/@switchyard/db/package.json': { name: '@switchyard/db', switchyard: metadata, exports: mainOnly },
      'node_modules/@switchyard/untagged/package.json': { name: '@switchyard/untagged', peerDependencies: sdkPeer, exports: mainOnly },
      'node_modules/@acme/dns/package.json': { name: '@acme/dns', switchyard: metadata, exports: mainOnly },
      'node_modules/@switchyard/widgets/package.json': { name: '@switchyard/widgets', switchyard: metadata, peerDependencies: sdkPeer, exports: cliExports },
      'node_modules/@switchyard/widgets/cli.js': 'export default {};',
    });
    const { names, withoutCommands, warnings } = discover({ configEntries: ['@acme/dns'], searchDirectories: [dir] });
    expect(names).toEqual(['@switchyard/widgets']);
    expect(withoutCommands).toEqual(['@acme/dns', '@switchyard/vpn']);
    expect(warnings).toEqual([]);
  });

  it('also loads packages service_plugins names, in any scope, and finds them from a parent directory', () => {
    const dir = testdir({
      'node_modules/@acme/dns/package.json': { name: '@acme/dns', switchyard: metadata, exports: cliExports },
      'node_modules/@acme/dns/cli.js': '',
      'project/deep/.keep': '',
    });
    expect(discover({ configEntries: ['@acme/dns'], searchDirectories: [path.join(dir, 'project/deep')] }).names).toEqual(['@acme/dns']);
  });

  it('warns about a listed plugin that is not installed, naming the fix', () => {
    const dir = testdir({ '.keep': '' });
    const { names, warnings } = discover({ configEntries: ['firewall'], searchDirectories: [dir] });
    expect(names).toEqual([]);
    expect(warnings).toEqual([
      `service_plugins in switchyard.toml lists @switchyard/firewall, which is not installed (looked from ${dir}); its commands are unavailable: run "npm install @switchyard/firewall"`,
    ]);
  });

  it('warns when the ./cli module has not been built', () => {
    const dir = testdir({ 'node_modules/@switchyard/widgets/package.json': { name: '@switchyard/widgets', switchyard: metadata, exports: cliExports } });
    const { names, warnings } = discover({ searchDirectories: [dir] });
    expect(names).toEqual([]);
    expect(warnings).toEqual([
      `@switchyard/widgets: its command module ${path.join(dir, 'node_modules/@switchyard/widgets/cli.js')} does not exist (build the package first); its commands are unavailable`,
    ]);
  });

  it('prefers the copy nearest the first search directory, as Node resolution does', () => {
    const dir = testdir({
      'app/node_modules/@switchyard/widgets/package.json': { name: '@switchyard/widgets', version: '0.2.0', switchyard: metadata, exports: cliExports },
      'app/node_modules/@switchyard/widgets/cli.js': '',
      'cli-install/node_modules/@switchyard/widgets/package.json': { name: '@switchyard/widgets', version: '0.1.0', switchyard: metadata, exports: cliExports },
      'cli-install/node_modules/@switchyard/widgets/cli.js': '',
    });
    const { packages } = discover({ searchDirectories: [path.join(dir, 'app'), path.join(dir, 'cli-install')] });
    expect(packages.map((found) => found.packageJson.version)).toEqual(['0.2.0']);
  });
});
