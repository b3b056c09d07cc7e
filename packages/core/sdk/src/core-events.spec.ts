import { describe, expect, expectTypeOf, it } from 'vitest';
import type { PortDeletedEvent, ServicePluginHooks } from './core-events.js';
import { type ServiceContext, type ServicePluginDefinition, defineServicePlugin } from './service-plugin.js';

const definition: ServicePluginDefinition = {
  name: 'widgets',
  description: 'Widgets as a service',
  extension: { alias: 'widgets', name: 'Widgets', description: 'Widget API', updated: '2025-01-01T00:00:00Z' },
  resources: [],
  routes: async (app) => {
    app.get('/v2.0/widgets', async () => ({ widgets: [] }));
  },
  migrations: {},
};

const deletedPort: PortDeletedEvent = {
  port: {
    id: 'port-1',
    project_id: 'project-a',
    network_id: 'network-1',
    device_id: 'router-1',
    device_owner: 'network:router_interface',
    fixed_ips: [{ subnet_id: 'subnet-1', ip_address: '10.0.0.1' }],
  },
};

describe('service plugin hooks', () => {
  it('are optional: a plugin without hooks is defined as before', () => {
    const plugin = defineServicePlugin(definition);
    expect(plugin.hooks).toBeUndefined();
    expect(plugin.kind).toBe('switchyard-service-plugin');
  });

  it('reach the host unchanged, so it calls the plugin’s own handler with the event and a context', async () => {
    const heard: string[] = [];
    const plugin = defineServicePlugin({
      ...definition,
      hooks: { portDeleted: (event, context) => void heard.push(`${context.service} forgets ${event.port.id} of ${event.port.project_id}`) },
    });
    await plugin.hooks?.portDeleted?.(deletedPort, { service: 'widgets' } as ServiceContext);
    expect(heard).toEqual(['widgets forgets port-1 of project-a']);
  });

  it('type the handler: the deleted port, and the plugin context with its own config type', () => {
    type Hook = NonNullable<ServicePluginHooks<{ limit: number }>['portDeleted']>;
    expectTypeOf<Parameters<Hook>[0]>().toEqualTypeOf<PortDeletedEvent>();
    expectTypeOf<Parameters<Hook>[1]['config']>().toEqualTypeOf<{ limit: number }>();
    expectTypeOf<ReturnType<Hook>>().toEqualTypeOf<Promise<void> | void>();
  });

  it('refuse a misspelt hook, naming the known ones', () => {
    const hooks = { portDelete: async () => undefined } as unknown as ServicePluginHooks;
    expect(() => defineServicePlugin({ ...definition, hooks })).toThrow(
      'Service plugin widgets: hooks.portDelete is not a core event hook; known hooks: portDeleted, networkDeleted.',
    );
  });

  it('refuse a hook that is not a function', () => {
    const hooks = { portDeleted: 'cleanup' } as unknown as ServicePluginHooks;
    expect(() => defineServicePlugin({ ...definition, hooks })).toThrow(
      'Service plugin widgets: hooks.portDeleted must be a function (event, context) => Promise<void>, not string.',
    );
  });
});
