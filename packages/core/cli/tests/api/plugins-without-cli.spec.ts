import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type CliIo, run } from '../../src/index.js';

/**
 * Service plugins installed without a `./cli` export, as fixtures of this spec's own: a preview
 * (vpn) and a stable one (dns), plus a CLI plugin (widgets) to show they do not get in each other's way.
 */
const SDK_PEER = { '@switchyard/sdk': '^1.0.0' };
/** Every plugin exports its package.json: that is where the CLI reads its stability from. */
const MAIN_ONLY = { '.': './index.js', './package.json': './package.json' };
const PREVIEW = { stability: 'preview', enteredCycle: 1, blueprint: 'BP-0009' };
const STABLE = { stability: 'stable', enteredCycle: 1, blueprint: 'BP-0001' };
const WIDGETS_CLI = [
  "export default { kind: 'switchyard-cli-plugin', service: 'widgets', register(program) {",
  "  program.command('widgets').description('Manage widgets').command('list').action(() => {});",
  '} };',
].join('\n');

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Writes `{relative path: content}` under a fresh temp dir (objects become JSON). */
function testdir(files: Record<string, unknown>): string {
  root = mkdtempSync(path.join(tmpdir(), 'switchyard-cli-no-commands-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

function installed(extra: Record<string, unknown> = {}): string {
  return testdir({
    'node_modules/@switchyard/vpn/package.json': { name: '@switchyard/vpn', switchyard: PREVIEW, peerDependencies: SDK_PEER, exports: MAIN_ONLY },
    'node_modules/@switchyard/dns/package.json': { name: '@switchyard/dns', switchyard: STABLE, peerDependencies: SDK_PEER, exports: MAIN_ONLY },
    'node_modules/@switchyard/widgets/package.json': {
      name: '@switchyard/widgets',
      switchyard: STABLE,
      peerDependencies: SDK_PEER,
      exports: { ...MAIN_ONLY, './cli': './cli.js' },
    },
    'node_modules/@switchyard/widgets/cli.js': WIDGETS_CLI,
    ...extra,
  });
}

async function cli(directory: string, ...argv: string[]) {
  const output = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (text) => (output.stdout += text), stderr: (text) => (output.stderr += text), env: {}, cwd: directory };
  const code = await run(argv, io, { searchDirectories: [directory] });
  return { code, ...output };
}

/** The description commander prints after a command's name in a help listing. */
function helpDescription(help: string, command: string): string | undefined {
  return help.split('\n').find((line) => line.startsWith(`  ${command} `))?.replace(/^ {2}\S+(?: \S+)* {2,}/, '');
}

describe('an installed service plugin without CLI commands', () => {
  it('is named in the top-level help as having none, labelled from its package.json', async () => {
    const help = await cli(installed(), '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}vpn {2,}\[preview\] no CLI commands$/m);
    expect(help.stdout).toMatch(/^ {2}dns {2,}no CLI commands$/m);
    expect(helpDescription(help.stdout, 'widgets')).toBe('Manage widgets');
    expect(help.stderr).toBe('');
  });

  it('says so for `switchyard vpn --help` and `switchyard help vpn`, exit 0', async () => {
    const directory = installed();
    const message = 'the vpn plugin has no CLI commands: @switchyard/vpn has no "./cli" export; use its HTTP API\n';
    expect(await cli(directory, 'vpn', '--help')).toEqual({ code: 0, stdout: message, stderr: '' });
    expect(await cli(directory, 'help', 'vpn')).toEqual({ code: 0, stdout: message, stderr: '' });
    expect(await cli(directory, 'vpn', 'list', '--help')).toEqual({ code: 0, stdout: message, stderr: '' });
  });

  it('refuses any command under it in one line, exit 1, instead of printing the top-level help', async () => {
    const directory = installed();
    for (const argv of [['vpn'], ['vpn', 'list'], ['--json', 'dns', 'show', 'x', '--name', 'y']]) {
      const service = argv.includes('vpn') ? 'vpn' : 'dns';
      expect(await cli(directory, ...argv), argv.join(' ')).toEqual({
        code: 1,
        stdout: '',
        stderr: `switchyard: the ${service} plugin has no CLI commands: @switchyard/${service} has no "./cli" export; use its HTTP API\n`,
      });
    }
  });

  it('is named when service_plugins lists it, whatever its scope, even without an SDK peer', async () => {
    const directory = installed({
      'node_modules/@acme/dns-zones/package.json': { name: '@acme/dns-zones', switchyard: PREVIEW, exports: MAIN_ONLY },
      'switchyard.toml': 'service_plugins = ["@acme/dns-zones"]\n',
    });
    const help = await cli(directory, '--help');
    expect(helpDescription(help.stdout, '@acme/dns-zones')).toBe('[preview] no CLI commands');
    expect((await cli(directory, '@acme/dns-zones', 'list')).stderr).toContain('the @acme/dns-zones plugin has no CLI commands');
  });

  it('leaves out packages that are no service plugin, and a name the core already uses', async () => {
    const directory = installed({
      'node_modules/@switchyard/tool/package.json': { name: '@switchyard/tool', switchyard: STABLE, exports: MAIN_ONLY },
      'node_modules/@switchyard/network/package.json': { name: '@switchyard/network', switchyard: PREVIEW, peerDependencies: SDK_PEER, exports: MAIN_ONLY },
    });
    const help = await cli(directory, '--help');
    expect(helpDescription(help.stdout, 'tool')).toBeUndefined();
    expect(helpDescription(help.stdout, 'network')).toBe('Manage networks');
  });

  it('warns, naming the file, when its stability metadata is broken, and keeps the other commands', async () => {
    const directory = installed({
      'node_modules/@switchyard/vpn/package.json': { name: '@switchyard/vpn', switchyard: { stability: 'beta' }, peerDependencies: SDK_PEER, exports: MAIN_ONLY },
    });
    const help = await cli(directory, '--help');
    expect(help.code).toBe(0);
    expect(helpDescription(help.stdout, 'vpn')).toBeUndefined();
    expect(helpDescription(help.stdout, 'dns')).toBe('no CLI commands');
    expect(help.stderr).toMatch(/^switchyard: warning: .*@switchyard\/vpn .*package\.json.*\n$/);
  });
});
