import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { FIREWALL_OPTIONS, SERVER_TOML } from '../promote-fixture.js';
import { planServerConfigRelabel, relabelServerConfig } from './relabel-server-config.js';

function relabel(text: string, options = FIREWALL_OPTIONS): { changed: boolean; text: string | null } {
  const tree = createTreeWithEmptyWorkspace();
  tree.write('switchyard.toml', text);
  const changed = relabelServerConfig(tree, planServerConfigRelabel(tree, options));
  return { changed, text: tree.read('switchyard.toml', 'utf-8') };
}

describe('relabelServerConfig', () => {
  it('drops the PREVIEW labels of this service and its opt-in, keeping other previews as they were', () => {
    expect(relabel(SERVER_TOML)).toEqual({
      changed: true,
      text: [
        'auth_strategy = "noauth"',
        'service_plugins = ["firewall", "vpn"]',
        '',
        '# PREVIEW: preview services run only when named here.',
        '[preview]',
        'enabled = ["vpn"]',
        '',
        '# Settings of the firewall plugin, checked against its own schema.',
        '[plugins.firewall]',
        'max_rules_per_policy = 100',
        '',
        '# PREVIEW: settings of the vpn plugin.',
        '[plugins.vpn]',
        'tunnels = 4',
        '',
      ].join('\n'),
    });
  });

  it('keeps every setting: only comments and the opt-in change', () => {
    const { text } = relabel(SERVER_TOML);
    const before = parse(SERVER_TOML);
    expect(parse(text ?? '')).toEqual({ ...before, preview: { enabled: ['vpn'] } });
  });

  it('leaves an empty opt-in list when it was the only preview, and keeps a multi-line list multi-line', () => {
    expect(relabel('service_plugins = ["firewall"]\n[preview]\nenabled = [\n  "firewall",\n]\n[plugins.firewall]\nx = 1\n').text).toBe(
      'service_plugins = ["firewall"]\n[preview]\nenabled = []\n[plugins.firewall]\nx = 1\n',
    );
    expect(relabel('[preview]\nenabled = [\n  "vpn", # tunnels\n  "firewall", # rules\n]\n').text).toBe('[preview]\nenabled = [\n  "vpn", # tunnels\n]\n');
  });

  it('handles the opt-in as a dotted key or an inline table, and a multi-line service_plugins with its PREVIEW note', () => {
    const dotted = 'service_plugins = [\n  "firewall",\n]  # PREVIEW: firewall\npreview.enabled = ["firewall", "vpn"]\n';
    expect(relabel(dotted).text).toBe('service_plugins = [\n  "firewall",\n]\npreview.enabled = ["vpn"]\n');
    expect(relabel('preview = { enabled = ["firewall"] }\n').text).toBe('preview = { enabled = [] }\n');
  });

  it('leaves `enabled` outside [preview] alone, and finds [plugins.<service>] however its header is spaced or quoted', () => {
    const text = '[logging]\nenabled = ["firewall"]\n\n# PREVIEW: firewall settings.\n[ plugins . "firewall" ]\nx = 1\n';
    expect(relabel(text)).toEqual({ changed: true, text: '[logging]\nenabled = ["firewall"]\n\n# Firewall settings.\n[ plugins . "firewall" ]\nx = 1\n' });
  });

  it('refuses, before writing, a switchyard.toml whose opt-in it cannot edit, saying what to edit by hand', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('switchyard.toml', '[preview]\nenabled = "firewall"\n');
    expect(() => planServerConfigRelabel(tree, FIREWALL_OPTIONS)).toThrow(
      'Cannot edit switchyard.toml safely: preview.enabled is not a list (expected enabled = ["..."]). Edit it by hand (remove "firewall" from enabled under [preview]), then run the generator again.',
    );
    expect(tree.read('switchyard.toml', 'utf-8')).toBe('[preview]\nenabled = "firewall"\n');
  });

  it('uses the service name, not the folder name, and treats it as literal text', () => {
    const options = { ...FIREWALL_OPTIONS, serviceName: 'fw.v2' };
    const { text } = relabel('service_plugins = ["fw.v2", "fwxv2"]  # PREVIEW: fw.v2\n[preview]\nenabled = ["fwxv2", "fw.v2"]\n', options);
    expect(text).toBe('service_plugins = ["fw.v2", "fwxv2"]\n[preview]\nenabled = ["fwxv2"]\n');
  });

  it('does nothing when the file does not mention the service', () => {
    expect(relabel('service_plugins = []\n')).toEqual({ changed: false, text: 'service_plugins = []\n' });
  });
});
