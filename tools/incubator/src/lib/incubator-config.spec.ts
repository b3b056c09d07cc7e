import { describe, expect, it } from 'vitest';
import { IncubatorConfigError, readIncubatorConfig } from './incubator-config.js';

const withGraduation = (graduation: unknown) => ({ pluginsConfig: { '@switchyard/incubator': { graduation } } });

describe('readIncubatorConfig: graduation defaults', () => {
  it('reads the default criteria every preview must meet; none when nx.json names none', () => {
    expect(readIncubatorConfig({}).graduation).toEqual({});
    const config = readIncubatorConfig(withGraduation({ min_cycles_in_preview: 1, tests: true, benchmarks: { list_ratio_vs_bare: '>= 0.9' }, docs: ['Upgrade'] }));
    expect(config.graduation).toEqual({ min_cycles_in_preview: 1, tests: true, benchmarks: { list_ratio_vs_bare: { comparison: '>=', bound: 0.9 } }, docs: ['Upgrade'] });
  });

  it('refuses a wrong default, naming the nx.json key and what it expects', () => {
    expect(() => readIncubatorConfig(withGraduation({ api_soak_cycles: 'two' }))).toThrow(IncubatorConfigError);
    expect(() => readIncubatorConfig(withGraduation({ api_soak_cycles: 'two' }))).toThrow(
      'nx.json: pluginsConfig["@switchyard/incubator"].graduation.api_soak_cycles is "two"; expected a non-negative integer number of release cycles',
    );
    expect(() => readIncubatorConfig(withGraduation({ soak: 1 }))).toThrow('graduation.soak is not a graduation criterion');
  });
});
