import { CORE_CONFIG_SCHEMA, type ConfigSection } from '@switchyard/server/config-schema';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import type { SamplePlugin } from './find-service-plugins.js';
import { renderSampleConfig } from './render-sample.js';

const widgets: SamplePlugin = {
  service: 'widgets',
  packageName: '@switchyard/widgets',
  entry: 'widgets',
  stability: 'preview',
  description: 'Widgets as a service.',
  configSchema: {
    type: 'object',
    required: ['colour'],
    properties: {
      spin_limit: { type: 'integer', minimum: 1, maximum: 50, default: 5, description: 'Most spins per widget.' },
      colour: { enum: ['red', 'blue'], description: 'Colour of new widgets.' },
    },
  },
  quotas: [{ resource: 'widget_box', noun: 'widget boxes', default: 7 }],
};

const dns: SamplePlugin = {
  service: 'dns',
  packageName: '@acme/switchyard-dns',
  entry: '@acme/switchyard-dns',
  stability: 'stable',
  description: 'Names for ports.',
  configSchema: { type: 'object', properties: { ttl: { type: 'integer', default: 300, description: 'Record lifetime, in seconds.' } } },
  quotas: [{ resource: 'dns_zone', noun: 'dns zones', default: -1 }],
};

/** The comment lines directly above `header`, top first: what the policy check reads. */
function commentAbove(text: string, header: string): string[] {
  const lines = text.split('\n');
  const block: string[] = [];
  for (let index = lines.indexOf(header) - 1; index >= 0 && lines[index].startsWith('#'); index -= 1) block.unshift(lines[index]);
  return block;
}

/** The comment lines directly above the line `key = ...`. */
function describedAs(text: string, line: string): string {
  return commentAbove(text, line).join('\n');
}

describe('renderSampleConfig', () => {
  it('prints every core key with its description, its default and its overrides, as valid TOML', () => {
    const text = renderSampleConfig(CORE_CONFIG_SCHEMA, []);
    expect(describedAs(text, 'port = 9696')).toBe('# Port of the API.\n# Default: 9696, an integer from 1 to 65535. Overridden by --port or SWITCHYARD_PORT.');
    expect(describedAs(text, 'auth_strategy = "noauth"')).toContain('# Default: "noauth", one of "noauth", "token".');
    expect(parse(text)).toEqual({
      auth_strategy: 'noauth',
      service_plugins: [],
      server: { host: '127.0.0.1', port: 9696, log_level: 'info', drain_seconds: 0, shutdown_grace_seconds: 10 },
      logging: { destination: 'stdout' },
      database: { url: 'sqlite:.switchyard/switchyard.db', pool_size: 10, statement_timeout_ms: 30000 },
      metrics: { enabled: 'no' },
      dashboard: { enabled: 'no' },
      quotas: { network: 100, subnet: 100, port: 500, router: 10 },
      auth: { default_project: 'default' },
      preview: { enabled: [] },
    });
    expect(text).toContain('# No service plugin is installed here.\nservice_plugins = []');
  });

  it('turns the dashboard on when it is installed where the sample is made, and says which it is', () => {
    const installed = renderSampleConfig(CORE_CONFIG_SCHEMA, [], { dashboard: true });
    expect(parse(installed).dashboard).toEqual({ enabled: 'yes' });
    expect(describedAs(installed, 'enabled = "yes"')).toContain('# @switchyard/dashboard is installed here.');
    const missing = renderSampleConfig(CORE_CONFIG_SCHEMA, [], { dashboard: false });
    expect(missing).toContain('# @switchyard/dashboard is not installed here.\nenabled = "no"');
  });

  it('shows token tables as a commented example, with their keys described', () => {
    const text = renderSampleConfig(CORE_CONFIG_SCHEMA, []);
    expect(text).toContain(
      [
        '#   project: the project the token acts for (required)',
        '#   roles: its roles; "admin" sees and manages every project (default [])',
        '# Uncomment and replace the secret to use it:',
        '# [auth.tokens."change-me-to-a-long-random-secret"]',
        '# project = "demo"',
        '# roles = ["admin"]',
      ].join('\n'),
    );
  });

  it('loads every plugin and opts in to the previews only, each labeled PREVIEW', () => {
    const parsed = parse(renderSampleConfig(CORE_CONFIG_SCHEMA, [dns, widgets]));
    expect(parsed.service_plugins).toEqual(['@acme/switchyard-dns', 'widgets']);
    expect(parsed.preview).toEqual({ enabled: ['widgets'] });
    expect(parsed.plugins).toEqual({ dns: { ttl: 300 }, widgets: { spin_limit: 5 } });
  });

  it("labels a preview's section and every option, and leaves a stable plugin's unlabeled", () => {
    const text = renderSampleConfig(CORE_CONFIG_SCHEMA, [dns, widgets]);
    expect(commentAbove(text, '[plugins.widgets]')).toEqual([
      '# PREVIEW: settings of the widgets plugin (@switchyard/widgets); its API and data may change.',
      '# Widgets as a service.',
    ]);
    expect(describedAs(text, 'spin_limit = 5')).toBe('# [preview] Most spins per widget.\n# Default: 5, an integer from 1 to 50.');
    expect(describedAs(text, '# colour =')).toBe('# [preview] Colour of new widgets.\n# Required, one of "red", "blue".');
    expect(commentAbove(text, '[plugins.dns]')).toEqual(['# Settings of the dns plugin (@acme/switchyard-dns).', '# Names for ports.']);
    expect(describedAs(text, 'ttl = 300')).toBe('# Record lifetime, in seconds.\n# Default: 300, an integer.');
    expect(describedAs(text, 'enabled = ["widgets"]')).toContain(
      '# PREVIEW: widgets is a preview service (@switchyard/widgets); remove it here to keep it off.',
    );
    expect(text).not.toMatch(/PREVIEW: .*dns|\[preview\] Names for ports/);
  });

  it('adds each plugin’s quota keys to [quotas] with its default, labeled as the plugin is', () => {
    const text = renderSampleConfig(CORE_CONFIG_SCHEMA, [dns, widgets]);
    expect(parse(text).quotas).toEqual({ network: 100, subnet: 100, port: 500, router: 10, dns_zone: -1, widget_box: 7 });
    expect(describedAs(text, 'widget_box = 7')).toBe(
      [
        '# [preview] How many widget boxes a project may hold unless an admin sets its own quota (PUT',
        '# /v2.0/quotas/<project_id>); -1 for no limit.',
        '# Counted by the widgets plugin (@switchyard/widgets).',
        '# Default: 7, an integer from -1 to 2147483647.',
      ].join('\n'),
    );
    expect(describedAs(text, 'dns_zone = -1')).toMatch(/^# How many dns zones a project may hold .*\n# Counted by the dns plugin \(@acme\/switchyard-dns\)\./s);
  });

  it('says so when a plugin has no settings, without an empty section', () => {
    const text = renderSampleConfig(CORE_CONFIG_SCHEMA, [{ ...dns, configSchema: undefined }]);
    expect(text).toContain('# Names for ports.\n# [plugins.dns]: dns has no settings.\n');
    expect(parse(text).plugins).toBeUndefined();
  });

  it('follows the schema it is given, key by key', () => {
    const schema: ConfigSection[] = [
      { description: [], keys: [{ key: 'mode', type: 'choice', allowed: ['a', 'b'], default: 'b', description: ['Mode of work.'] }] },
      { name: 'limits', description: ['Limits.'], keys: [{ key: 'name', type: 'string', description: ['A name, unset by default.'] }] },
    ];
    expect(renderSampleConfig(schema, []).split('\n\n').slice(1)).toEqual([
      '# Mode of work.\n# Default: "b", one of "a", "b".\nmode = "b"',
      '# Limits.\n[limits]\n# A name, unset by default.\n# Default: none.\n# name =\n',
    ]);
  });
});
