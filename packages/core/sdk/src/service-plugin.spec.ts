import { describe, expect, it } from 'vitest';
import { type ServicePluginDefinition, defineServicePlugin, isServicePlugin } from './service-plugin.js';

const definition: ServicePluginDefinition = {
  name: 'widgets',
  description: 'Widgets as a service',
  extension: { alias: 'widgets', name: 'Widgets', description: 'Widget API', updated: '2025-01-01T00:00:00Z' },
  resources: [{ resource: 'widget', collection: 'widgets', path: '/v2.0/widgets' }],
  routes: async (app) => {
    app.get('/v2.0/widgets', async () => ({ widgets: [] }));
  },
  migrations: {},
};

describe('defineServicePlugin', () => {
  it('marks the definition so the host can recognise it', () => {
    const plugin = defineServicePlugin(definition);
    expect(plugin.kind).toBe('switchyard-service-plugin');
    expect(plugin.name).toBe('widgets');
    expect(isServicePlugin(plugin)).toBe(true);
    expect(isServicePlugin(definition)).toBe(false);
    expect(isServicePlugin(null)).toBe(false);
  });

  it.each(['load-balancer', 'vpn', 'a1b'])('accepts the name %j', (name) => {
    expect(defineServicePlugin({ ...definition, name }).name).toBe(name);
  });

  it.each(['Firewall', 'ab', 'fw_aas', '1fw', 'trailing-', 'x'.repeat(41)])('rejects the name %j and says what is valid', (name) => {
    expect(() => defineServicePlugin({ ...definition, name })).toThrow(
      `Service plugin name ${JSON.stringify(name)} is not valid: use 3-40 lower-case letters, digits and dashes, starting with a letter.`,
    );
  });
});
