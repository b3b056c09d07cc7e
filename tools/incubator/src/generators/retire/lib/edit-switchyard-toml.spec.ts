import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { SWITCHYARD_TOML } from '../../../lib/switchyard-test-workspace.js';
import { removeServiceFromToml } from './edit-switchyard-toml.js';

describe('removeServiceFromToml', () => {
  it('removes a service from the lists and its last section, keeping every other line and comment', () => {
    const edit = removeServiceFromToml(SWITCHYARD_TOML, 'dns', '@switchyard/dns');
    expect(edit.removed).toEqual(['service_plugins', '[preview] enabled', '[plugins.dns]']);
    expect(edit.text).toBe(`# Switchyard server configuration.
auth_strategy = "noauth"

# Optional services to load.
service_plugins = ["firewall"]  # PREVIEW: both are preview services, opted in under [preview]

[server]
port = 9696

# PREVIEW: preview services run only when named here.
[preview]
enabled = ["firewall"]

# PREVIEW: settings of the firewall plugin, checked against its own schema.
[plugins.firewall]
# Most rules one firewall policy may hold.
max_rules_per_policy = 100
`);
  });

  it('removes a section in the middle with its own comment block, leaving the next one its comments', () => {
    const edit = removeServiceFromToml(SWITCHYARD_TOML, 'firewall', '@switchyard/firewall');
    expect(edit.text).toContain('service_plugins = ["dns"]  # PREVIEW: both');
    expect(edit.text).toContain('enabled = ["dns"]\n\n# PREVIEW: settings of the dns plugin.\n[plugins.dns]\n# Zones per project.\nmax_zones = 10\n');
    expect(edit.text).not.toContain('firewall"');
    expect(edit.text).not.toContain('max_rules_per_policy');
    expect(parse(edit.text)).toEqual({
      auth_strategy: 'noauth',
      service_plugins: ['dns'],
      server: { port: 9696 },
      preview: { enabled: ['dns'] },
      plugins: { dns: { max_zones: 10 } },
    });
  });

  it('handles package-name entries, multi-line arrays, sub-tables and the only entry', () => {
    const text = [
      'service_plugins = [',
      '  "@switchyard/dns", # zones',
      "  'firewall',",
      ']',
      '[preview]',
      'enabled = [ "dns" ]',
      '[plugins.dns]',
      'max_zones = 1',
      '[plugins.dns.limits]',
      'burst = 2',
      '',
    ].join('\n');
    const edit = removeServiceFromToml(text, 'dns', '@switchyard/dns');
    expect(edit.text).toBe("service_plugins = [\n  'firewall',\n]\n[preview]\nenabled = [  ]\n");
    expect(parse(edit.text)).toEqual({ service_plugins: ['firewall'], preview: { enabled: [] } });
  });

  it('changes nothing for a service it does not mention', () => {
    expect(removeServiceFromToml(SWITCHYARD_TOML, 'vpn', '@switchyard/vpn')).toEqual({ text: SWITCHYARD_TOML, removed: [] });
  });

  it('refuses a layout it cannot edit safely, and a file it cannot read', () => {
    expect(() => removeServiceFromToml('plugins = { dns = { max_zones = 1 } }\n', 'dns', '@switchyard/dns')).toThrow(
      'Cannot edit switchyard.toml safely: its layout for "dns" is unusual (inline tables or dotted keys). Remove "dns" from service_plugins, [preview] enabled and [plugins.dns] by hand, then run the generator again.',
    );
    expect(() => removeServiceFromToml('service_plugins = [\n', 'dns', '@switchyard/dns')).toThrow('Cannot read switchyard.toml: ');
  });
});
