import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { removePreviewOptIn, removeServiceFromToml } from './switchyard-toml.js';

const CONFIG = `# Switchyard server configuration.
auth_strategy = "noauth"

# Optional services to load.
service_plugins = ["firewall", "dns"]  # PREVIEW: both are previews

[server]
port = 9696

# PREVIEW: preview services run only when named here.
[preview]
enabled = ["firewall", "dns"]

# PREVIEW: settings of the firewall plugin.
[plugins.firewall]
# Most rules one firewall policy may hold.
max_rules_per_policy = 100

# PREVIEW: settings of the dns plugin.
[plugins.dns]
# Zones per project.
max_zones = 10
`;

const retire = (text: string) => removeServiceFromToml(text, 'dns', '@switchyard/dns');

describe('removeServiceFromToml (retire)', () => {
  it('removes the service from both lists and its last section, keeping every other line and comment', () => {
    const edit = retire(CONFIG);
    expect(edit.removed).toEqual(['service_plugins', '[preview] enabled', '[plugins.dns]']);
    expect(edit.text).toBe(CONFIG.replaceAll(', "dns"', '').replace(/\n# PREVIEW: settings of the dns plugin\.[^]*$/, ''));
  });

  it('removes a section in the middle with its comment block, leaving the next one its comments', () => {
    const edit = removeServiceFromToml(CONFIG, 'firewall', '@switchyard/firewall');
    expect(edit.text).toContain('enabled = ["dns"]\n\n# PREVIEW: settings of the dns plugin.\n[plugins.dns]\n# Zones per project.\nmax_zones = 10\n');
    expect(parse(edit.text)).toEqual({ auth_strategy: 'noauth', service_plugins: ['dns'], server: { port: 9696 }, preview: { enabled: ['dns'] }, plugins: { dns: { max_zones: 10 } } });
  });

  it('handles package-name entries, multi-line arrays, sub-tables and the only entry', () => {
    const text = ['service_plugins = [', '  "@switchyard/dns", # zones', "  'firewall',", ']', '[preview]', 'enabled = [ "dns" ]', '[plugins.dns]', 'max_zones = 1', '[plugins.dns.limits]', 'burst = 2', ''].join('\n');
    expect(retire(text).text).toBe("service_plugins = [\n  'firewall',\n]\n[preview]\nenabled = []\n");
  });

  it('handles preview.enabled as a dotted key and plugins.dns as dotted keys', () => {
    const text = 'service_plugins = ["dns", "vpn"]\npreview.enabled = ["dns", "vpn"]\nplugins.dns.max_zones = 1\nplugins.vpn.tunnels = 2\n';
    expect(retire(text).text).toBe('service_plugins = ["vpn"]\npreview.enabled = ["vpn"]\nplugins.vpn.tunnels = 2\n');
  });

  it('handles preview as an inline table and [plugins] with an inline table per plugin', () => {
    const text = 'service_plugins = ["dns"]\npreview = { enabled = ["dns", "vpn"] }\n\n[plugins]\ndns = { max_zones = 1 }\n';
    expect(retire(text).text).toBe('service_plugins = []\npreview = { enabled = ["vpn"] }\n\n[plugins]\n');
  });

  it('removes the [quotas] keys the config sample wrote for the service, with their comments, and no others', () => {
    const text = [
      'service_plugins = ["dns"]',
      '[quotas]',
      '# How many networks.',
      'network = 100',
      '',
      '# [preview] How many zones.',
      '# Counted by the dns plugin (@switchyard/dns).',
      'zone = 10',
      '',
      '# A key an operator wrote, and one counted by a plugin named dns from another package.',
      'record = 5',
      '# Counted by the dns plugin (@acme/dns).',
      'view = 2',
      '',
    ].join('\n');
    const edit = retire(text);
    expect(edit.removed).toEqual(['service_plugins', '[quotas] zone']);
    expect(parse(edit.text)).toEqual({ service_plugins: [], quotas: { network: 100, record: 5, view: 2 } });
    expect(edit.text).not.toContain('How many zones');
  });

  it('leaves an `enabled` list outside [preview] alone', () => {
    const text = '[logging]\nenabled = ["dns"]\n[preview]\nenabled = ["dns"]\n';
    expect(retire(text)).toEqual({ text: '[logging]\nenabled = ["dns"]\n[preview]\nenabled = []\n', removed: ['[preview] enabled'] });
  });

  it('changes nothing for a service it does not mention', () => {
    expect(removeServiceFromToml(CONFIG, 'vpn', '@switchyard/vpn')).toEqual({ text: CONFIG, removed: [] });
  });

  it('refuses, before anything is written, a layout it cannot edit, saying what to edit by hand', () => {
    expect(() => retire('service_plugins = ["dns"]\nplugins = { dns = { max_zones = 1 }, vpn = {} }\n')).toThrow(
      'Cannot edit switchyard.toml safely: line 2 holds plugins.dns inside an inline table. Edit it by hand (remove "dns" / "@switchyard/dns" from service_plugins; ' +
        'delete the plugins.dns table ([plugins.dns] and its sub-tables, or its plugins.dns.* keys)), then run the generator again.',
    );
    expect(() => retire('[preview]\nenabled = "dns"\n')).toThrow(
      'Cannot edit switchyard.toml safely: preview.enabled is not a list (expected enabled = ["..."]). Edit it by hand (remove "dns" / "@switchyard/dns" from enabled under [preview]), then run the generator again.',
    );
  });

  it('refuses a file it cannot read, naming it', () => {
    expect(() => removeServiceFromToml('service_plugins = [\n', 'dns', '@switchyard/dns', 'site/switchyard.toml')).toThrow('Cannot read site/switchyard.toml: ');
  });
});

describe('removePreviewOptIn (promote)', () => {
  it('takes the service out of [preview] enabled only, in every layout', () => {
    expect(removePreviewOptIn(CONFIG, 'firewall').text).toBe(CONFIG.replace('enabled = ["firewall", "dns"]', 'enabled = ["dns"]'));
    expect(removePreviewOptIn('preview.enabled = ["firewall"]\n', 'firewall').text).toBe('preview.enabled = []\n');
    expect(removePreviewOptIn('preview = { enabled = [\n  "vpn",\n  "firewall",\n] }\n', 'firewall').text).toBe('preview = { enabled = [\n  "vpn",\n] }\n');
  });

  it('does not take a package name for the service, nor edit `enabled` elsewhere', () => {
    expect(removePreviewOptIn('[preview]\nenabled = ["@switchyard/firewall"]\n', 'firewall').removed).toEqual([]);
    expect(removePreviewOptIn('[firewall]\nenabled = ["firewall"]\n', 'firewall')).toEqual({ text: '[firewall]\nenabled = ["firewall"]\n', removed: [] });
  });
});
