import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import type { ConfigSection } from './config-schema.js';
import { CORE_CONFIG_SCHEMA } from './core-config-schema.js';
import { DEFAULTS } from './defaults.js';
import { readSection } from './read-config-key.js';
import { validateConfigFile } from './validate-config-file.js';

/** A small schema of its own: the validator knows no key but what a schema declares. */
const widgetSchema: ConfigSection[] = [
  { description: [], keys: [{ key: 'mode', type: 'choice', allowed: ['fast', 'safe'], default: 'safe', description: ['Mode.'] }] },
  {
    name: 'limits',
    description: [],
    keys: [
      { key: 'depth', type: 'integer', minimum: 2, maximum: 8, default: 4, description: ['Depth.'] },
      { key: 'label', type: 'string', check: (value) => value.startsWith('w-'), expected: 'a label starting "w-"', description: ['Label.'] },
      {
        key: 'owners',
        type: 'tables',
        entryName: '"<name>"',
        description: ['Owners.'],
        keys: [
          { key: 'team', type: 'string', required: true, description: ['Team.'] },
          { key: 'tags', type: 'string-list', default: ['none'], description: ['Tags.'] },
        ],
      },
    ],
  },
];

function refusal(table: Record<string, unknown>, schema: readonly ConfigSection[] = widgetSchema): string {
  try {
    validateConfigFile(table, 'widget.toml', schema);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the table to be refused');
}

describe('validateConfigFile with a schema', () => {
  it('derives the allowed keys, at the top and in each section, from the schema', () => {
    expect(refusal({ speed: 1 })).toBe('widget.toml: unknown top-level key "speed"; allowed keys: mode, limits');
    expect(refusal({ limits: { width: 1 } })).toBe('widget.toml: unknown key in [limits] "width"; allowed keys: depth, label, owners');
  });

  it('derives what each key expects from its type, range and choices', () => {
    expect(refusal({ mode: 'slow' })).toBe('widget.toml: mode is "slow"; expected "fast" or "safe"');
    expect(refusal({ limits: { depth: 9 } })).toBe('widget.toml: [limits] depth is 9; expected an integer from 2 to 8');
    expect(refusal({ limits: { depth: 2.5 } })).toBe('widget.toml: [limits] depth is 2.5; expected an integer from 2 to 8');
    expect(refusal({ limits: { label: 'x' } })).toBe('widget.toml: [limits] label is "x"; expected a label starting "w-"');
  });

  it('checks named tables: required keys are refused when missing, defaults fill the others', () => {
    expect(refusal({ limits: { owners: { ops: {} } } })).toBe('widget.toml: [limits.owners."ops"] team is missing; expected a non-empty string');
    expect(readSection('widget.toml', widgetSchema[1], { owners: { ops: { team: 'net' } } })).toEqual({
      owners: { ops: { team: 'net', tags: ['none'] } },
    });
  });
});

describe('the core config schema', () => {
  it('accepts a file that sets every key to its default', () => {
    const file: Record<string, Record<string, unknown> | unknown> = {};
    for (const section of CORE_CONFIG_SCHEMA) {
      const keys = Object.fromEntries(section.keys.filter((key) => 'default' in key).map((key) => [key.key, 'default' in key ? key.default : undefined]));
      if (section.name === undefined) Object.assign(file, keys);
      else file[section.name] = keys;
    }
    expect(validateConfigFile(file as Record<string, unknown>, 'switchyard.toml')).toMatchObject({
      authStrategy: 'noauth',
      servicePlugins: [],
      server: { host: '127.0.0.1', port: 9696, logLevel: 'info' },
      database: { url: 'sqlite:.switchyard/switchyard.db' },
      auth: { defaultProject: 'default' },
      preview: { enabled: [] },
    });
  });

  it('is where the server takes its defaults from', () => {
    expect(DEFAULTS).toEqual({
      configFileName: 'switchyard.toml',
      host: '127.0.0.1',
      port: 9696,
      logLevel: 'info',
      databaseUrl: 'sqlite:.switchyard/switchyard.db',
      drainSeconds: 0,
      shutdownGraceSeconds: 10,
      poolSize: 10,
      statementTimeoutMs: 30000,
      metricsEnabled: false,
      dashboardEnabled: false,
      quotas: { network: 100, subnet: 100, port: 500, router: 10 },
      authStrategy: 'noauth',
      defaultProject: 'default',
    });
  });

  it('fills a token entry in from the schema: roles default to none', () => {
    const values = validateConfigFile({ auth_strategy: 'token', auth: { tokens: { t1: { project: 'demo' } } } }, 'switchyard.toml');
    expect(values.auth.tokens).toEqual({ t1: { project: 'demo', roles: [] } });
  });
});
