import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '@switchyard/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firewallMetadata } from '../api/firewall-app.js';
import { type CliInstall, installAlone } from './run-cli.js';

let install: CliInstall;
beforeEach(() => {
  install = installAlone();
});
afterEach(() => install.remove());

const preview = firewallMetadata.stability === 'preview';

describe('switchyard config sample with the firewall installed', () => {
  it("prints a config the server accepts, with the firewall's section from its schema", async () => {
    const result = await install.run(['config', 'sample']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    writeFileSync(path.join(install.directory, 'switchyard.toml'), result.stdout);
    const config = loadConfig({ argv: [], env: {}, cwd: install.directory });
    expect(config.servicePlugins).toEqual(['firewall']);
    expect(config.preview.enabled).toEqual(preview ? ['firewall'] : []);
    expect(config.plugins).toEqual({ firewall: { max_rules_per_policy: 100 } });
    expect(config.quotas).toMatchObject({ firewall_rule: 100, firewall_policy: 10, firewall_group: 10 });
  });

  it(`labels the firewall's section and options as its package.json says (${firewallMetadata.stability})`, async () => {
    const { stdout } = await install.run(['config', 'sample']);
    const aboveSection = stdout.split('\n[plugins.firewall]\n')[0].split('\n').slice(-2);
    expect(aboveSection[0].startsWith('# PREVIEW: settings of the firewall plugin')).toBe(preview);
    expect(stdout.includes('# [preview] Most rules a firewall policy may hold')).toBe(preview);
    expect(stdout.includes('# Most rules a firewall policy may hold')).toBe(!preview);
    expect(stdout.includes('# [preview] How many firewall rules a project may hold')).toBe(preview);
    expect(stdout.includes('# How many firewall rules a project may hold')).toBe(!preview);
  });
});
