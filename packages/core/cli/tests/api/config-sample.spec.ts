import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Stability } from '@switchyard/sdk';
import { loadConfig } from '@switchyard/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type WidgetsInstall, installWidgets } from '../fixtures/widgets/install-widgets.js';
import { runCli } from './cli-harness.js';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(path.join(tmpdir(), 'switchyard-config-sample-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

describe('switchyard config sample with no plugin installed', () => {
  it('prints a config the server accepts, with no plugin and nothing opted in', async () => {
    const result = await runCli(['config', 'sample'], { cwd });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    writeFileSync(path.join(cwd, 'switchyard.toml'), result.stdout);
    const config = loadConfig({ argv: [], env: {}, cwd });
    expect(config).toMatchObject({ servicePlugins: [], preview: { enabled: [] }, plugins: {} });
    expect(config.server).toMatchObject({ host: '127.0.0.1', port: 9696, logLevel: 'info' });
  });

  it('says what it does in its help, and is listed in the main help', async () => {
    const help = await runCli(['config', 'sample', '--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Print an annotated switchyard.toml for the core and the installed plugins');
    expect(help.stdout).toContain('$ switchyard config sample > switchyard.toml.new');
    expect((await runCli(['--help'], { cwd })).stdout).toMatch(/^ {2}config +Work with switchyard\.toml, the server's config file$/m);
  });
});

describe.each<Stability>(['preview', 'stable'])('switchyard config sample with a %s plugin installed', (stability) => {
  let install: WidgetsInstall;
  beforeEach(() => {
    install = installWidgets(stability);
  });
  afterEach(() => install.remove());

  const sample = () => runCli(['config', 'sample'], { cwd, searchDirectories: [install.directory] });

  it("prints a config the server accepts, listing the plugin and its section with the schema's defaults", async () => {
    const result = await sample();
    expect(result).toMatchObject({ code: 0, stderr: '' });
    writeFileSync(path.join(cwd, 'switchyard.toml'), result.stdout);
    const config = loadConfig({ argv: [], env: {}, cwd });
    expect(config.servicePlugins).toEqual(['widgets']);
    expect(config.plugins).toEqual({ widgets: { max_widgets: 10 } });
    expect(config.preview.enabled).toEqual(install.metadata.stability === 'preview' ? ['widgets'] : []);
  });

  it("labels the plugin's section and options exactly when its package.json says preview", async () => {
    const { stdout } = await sample();
    const preview = install.metadata.stability === 'preview';
    const aboveSection = stdout.split('\n[plugins.widgets]\n')[0].split('\n').slice(-2);
    expect(aboveSection[0].startsWith('# PREVIEW: settings of the widgets plugin')).toBe(preview);
    expect(stdout.includes('# [preview] Most widgets a project may hold')).toBe(preview);
    expect(stdout.includes('# Most widgets a project may hold')).toBe(!preview);
  });
});
