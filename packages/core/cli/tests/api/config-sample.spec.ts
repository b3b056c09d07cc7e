import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@switchyard/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firewallMetadata, runCli } from './cli-harness.js';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(path.join(tmpdir(), 'switchyard-config-sample-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

describe('switchyard config sample', () => {
  it('prints a config the server accepts, loading the firewall installed next to the CLI', async () => {
    const result = await runCli(['config', 'sample'], { cwd });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    writeFileSync(path.join(cwd, 'switchyard.toml'), result.stdout);
    const config = loadConfig({ argv: [], env: {}, cwd });
    // Other plugins of the workspace (a freshly scaffolded preview, say) may be listed too.
    expect(config.servicePlugins).toContain('firewall');
    expect(config.plugins.firewall).toEqual({ max_rules_per_policy: 100 });
    expect(config.server).toEqual({ host: '127.0.0.1', port: 9696, logLevel: 'info' });
  });

  it("labels the firewall's section and options as its package.json says", async () => {
    const { stdout } = await runCli(['config', 'sample'], { cwd });
    const preview = firewallMetadata().stability === 'preview';
    const aboveSection = stdout.split('\n[plugins.firewall]\n')[0].split('\n').slice(-2);
    expect(aboveSection[0].startsWith('# PREVIEW: settings of the firewall plugin')).toBe(preview);
    expect(stdout.includes('# [preview] Most rules a firewall policy may hold')).toBe(preview);
    const enabled = /\[preview\]\n(?:#.*\n)*enabled = (\[.*\])\n/.exec(stdout)?.[1];
    expect((JSON.parse(enabled ?? 'null') as string[]).includes('firewall')).toBe(preview);
  });

  it('says what it does in its help, and is listed in the main help', async () => {
    const help = await runCli(['config', 'sample', '--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Print an annotated switchyard.toml for the core and the installed plugins');
    expect(help.stdout).toContain('$ switchyard config sample > switchyard.toml.new');
    expect((await runCli(['--help'], { cwd })).stdout).toMatch(/^ {2}config +Work with switchyard\.toml, the server's config file$/m);
  });
});
