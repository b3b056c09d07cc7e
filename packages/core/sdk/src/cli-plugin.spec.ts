import { describe, expect, it } from 'vitest';
import { type CliPluginDefinition, defineCliPlugin, isCliPlugin } from './cli-plugin.js';

const definition: CliPluginDefinition = {
  service: 'widgets',
  register(program) {
    program.command('widgets').description('Manage widgets');
  },
};

describe('defineCliPlugin', () => {
  it('marks the definition so the CLI can recognise it', () => {
    const plugin = defineCliPlugin(definition);
    expect(plugin.kind).toBe('switchyard-cli-plugin');
    expect(plugin.service).toBe('widgets');
    expect(isCliPlugin(plugin)).toBe(true);
    expect(isCliPlugin(definition)).toBe(false);
    expect(isCliPlugin(undefined)).toBe(false);
  });

  it('refuses a definition without a service name, showing the expected shape', () => {
    expect(() => defineCliPlugin({ ...definition, service: ' ' })).toThrow(
      'defineCliPlugin needs a service name, such as { service: "firewall", register(program, context) {...} }',
    );
  });

  it('refuses a definition whose register is not a function', () => {
    const broken = { service: 'widgets', register: 'nope' } as unknown as CliPluginDefinition;
    expect(() => defineCliPlugin(broken)).toThrow('defineCliPlugin for widgets: register(program, context) must be a function');
  });
});
