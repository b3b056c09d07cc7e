import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CoreNetwork, NetworkAttributeExtension, NetworkCreatedEvent, NetworkUpdatedEvent } from './network-attributes.js';
import type { NetworkDeletedEvent } from './core-events.js';
import { type ServicePluginDefinition, defineServicePlugin } from './service-plugin.js';

const definition: ServicePluginDefinition = {
  name: 'zones',
  description: 'Zones of networks',
  extension: { alias: 'zones', name: 'Zones', description: 'Network zones', updated: '2025-01-01T00:00:00Z' },
  resources: [],
  routes: async () => undefined,
  migrations: {},
};

const zones: NetworkAttributeExtension = {
  attributes: { network_zone: { schema: { type: 'string' }, description: 'The zone of the network.' } },
  created: () => undefined,
  updated: () => undefined,
  present: (networks) => new Map(networks.map((network) => [network.id, { network_zone: 'a' }])),
};

const defineWith = (networkAttributes: unknown) => () => defineServicePlugin({ ...definition, networkAttributes: networkAttributes as NetworkAttributeExtension });

describe('network attribute extensions', () => {
  it('reach the host unchanged', () => {
    expect(defineServicePlugin({ ...definition, networkAttributes: zones }).networkAttributes).toBe(zones);
    expect(defineServicePlugin(definition).networkAttributes).toBeUndefined();
  });

  it('type the hooks: the network, the caller, and the plugin context with its config', () => {
    type Created = NetworkAttributeExtension<{ limit: number }>['created'];
    type Updated = NonNullable<NetworkAttributeExtension<{ limit: number }>['updated']>;
    expectTypeOf<Parameters<Created>[0]>().toEqualTypeOf<NetworkCreatedEvent>();
    expectTypeOf<Parameters<Updated>[0]>().toEqualTypeOf<NetworkUpdatedEvent>();
    expectTypeOf<Parameters<Created>[1]['config']>().toEqualTypeOf<{ limit: number }>();
    expectTypeOf<NetworkCreatedEvent['network']>().toEqualTypeOf<CoreNetwork>();
    expectTypeOf<NetworkDeletedEvent['network']>().toEqualTypeOf<CoreNetwork>();
  });

  it('are checked as port attributes are, each message naming networkAttributes', () => {
    expect(defineWith({ ...zones, show: () => new Map() })).toThrow(
      'Service plugin zones: networkAttributes.show is not known; use attributes, created, updated, present, filter.',
    );
    expect(defineWith({ ...zones, attributes: {} })).toThrow('Service plugin zones: networkAttributes.attributes must name at least one attribute');
    expect(defineWith({ ...zones, present: 'zones' })).toThrow('Service plugin zones: networkAttributes.present must be a function (networks, context), not string.');
    const { updated: _updated, ...withoutUpdated } = zones;
    expect(defineWith(withoutUpdated)).toThrow(
      'Service plugin zones: networkAttributes.updated is missing, but an update may send network_zone; add the hook or mark them createOnly.',
    );
    const filtered = { ...zones, attributes: { network_zone: { ...zones.attributes.network_zone, filter: true } } };
    expect(defineWith(filtered)).toThrow('Service plugin zones: networkAttributes.filter is missing; give a function (event, context).');
  });

  it('accept a networkDeleted hook and refuse one that is not a function', () => {
    expect(() => defineServicePlugin({ ...definition, hooks: { networkDeleted: () => undefined } })).not.toThrow();
    expect(() => defineServicePlugin({ ...definition, hooks: { networkDeleted: 'forget' as never } })).toThrow(
      'Service plugin zones: hooks.networkDeleted must be a function (event, context) => Promise<void>, not string.',
    );
  });
});
