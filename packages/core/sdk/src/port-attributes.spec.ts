import { describe, expect, expectTypeOf, it } from 'vitest';
import type { PortAttributeExtension, PortCreatedEvent, PortUpdatedEvent } from './port-attributes.js';
import { type ServicePluginDefinition, defineServicePlugin } from './service-plugin.js';

const definition: ServicePluginDefinition = {
  name: 'labels',
  description: 'Labels on ports',
  extension: { alias: 'labels', name: 'Labels', description: 'Port labels', updated: '2025-01-01T00:00:00Z' },
  resources: [],
  routes: async () => undefined,
  migrations: {},
};

const labels: PortAttributeExtension = {
  attributes: { port_labels: { schema: { type: 'array', items: { type: 'string' } }, description: 'Labels of the port.' } },
  created: () => undefined,
  updated: () => undefined,
  present: (ports) => new Map(ports.map((port) => [port.id, { port_labels: [] }])),
};

const defineWith = (portAttributes: unknown) => () => defineServicePlugin({ ...definition, portAttributes: portAttributes as PortAttributeExtension });

describe('port attribute extensions', () => {
  it('reach the host unchanged', () => {
    expect(defineServicePlugin({ ...definition, portAttributes: labels }).portAttributes).toBe(labels);
    expect(defineServicePlugin(definition).portAttributes).toBeUndefined();
  });

  it('type the hooks: the event with the caller, and the plugin context with its config', () => {
    type Created = PortAttributeExtension<{ limit: number }>['created'];
    type Updated = NonNullable<PortAttributeExtension<{ limit: number }>['updated']>;
    expectTypeOf<Parameters<Created>[0]>().toEqualTypeOf<PortCreatedEvent>();
    expectTypeOf<Parameters<Updated>[0]>().toEqualTypeOf<PortUpdatedEvent>();
    expectTypeOf<Parameters<Created>[1]['config']>().toEqualTypeOf<{ limit: number }>();
    expectTypeOf<PortCreatedEvent['caller']>().toEqualTypeOf<{ projectId: string; isAdmin: boolean }>();
  });

  it('refuse an unknown key, naming the known ones', () => {
    expect(defineWith({ ...labels, show: () => new Map() })).toThrow(
      'Service plugin labels: portAttributes.show is not known; use attributes, created, updated, present, filter.',
    );
  });

  it('refuse an extension without attributes', () => {
    expect(defineWith({ ...labels, attributes: {} })).toThrow(
      'Service plugin labels: portAttributes.attributes must name at least one attribute: { my_attribute: { schema, description } }.',
    );
  });

  it('refuse a name that is not a Neutron attribute name', () => {
    expect(defineWith({ ...labels, attributes: { 'Port-Labels': labels.attributes.port_labels } })).toThrow(
      "Service plugin labels: portAttributes.attributes.Port-Labels: the name must be lower-case letters, digits and underscores, starting with a letter (as Neutron's).",
    );
  });

  it('refuse a declaration with a wrong or unknown key', () => {
    const schema = { type: 'string' };
    expect(defineWith({ ...labels, attributes: { port_labels: { schema: 'string', description: 'x' } } })).toThrow(
      "portAttributes.attributes.port_labels.schema must be a JSON schema object, such as { type: 'string' }.",
    );
    expect(defineWith({ ...labels, attributes: { port_labels: { schema, description: '' } } })).toThrow(
      'portAttributes.attributes.port_labels.description must be a non-empty string.',
    );
    expect(defineWith({ ...labels, attributes: { port_labels: { schema, description: 'x', createOnly: 'yes' } } })).toThrow(
      'portAttributes.attributes.port_labels.createOnly must be true or false, not string.',
    );
    expect(defineWith({ ...labels, attributes: { port_labels: { schema, description: 'x', default: [] } } })).toThrow(
      'portAttributes.attributes.port_labels.default is not known; use schema, description, createOnly, filter.',
    );
  });

  it('require a filter hook exactly when an attribute declares filter', () => {
    const filtered = { ...labels, attributes: { port_labels: { ...labels.attributes.port_labels, filter: true } } };
    expect(defineWith(filtered)).toThrow('Service plugin labels: portAttributes.filter is missing; give a function (event, context).');
    expect(defineWith({ ...labels, filter: () => undefined })).toThrow(
      'Service plugin labels: portAttributes.filter is given, but no attribute declares filter: true; declare one, or drop the hook.',
    );
    expect(defineWith({ ...labels, attributes: { port_labels: { ...labels.attributes.port_labels, filter: 'yes' } } })).toThrow(
      'portAttributes.attributes.port_labels.filter must be true or false, not string.',
    );
  });

  it('refuse missing or non-function hooks', () => {
    const { created: _created, ...withoutCreated } = labels;
    expect(defineWith(withoutCreated)).toThrow('Service plugin labels: portAttributes.created is missing; give a function (event, context).');
    expect(defineWith({ ...labels, present: 'labels' })).toThrow('Service plugin labels: portAttributes.present must be a function (ports, context), not string.');
    expect(defineWith({ ...labels, updated: 1 })).toThrow('Service plugin labels: portAttributes.updated must be a function (event, context), not number.');
  });

  it('require updated unless every attribute is createOnly', () => {
    const { updated: _updated, ...withoutUpdated } = labels;
    expect(defineWith(withoutUpdated)).toThrow(
      'Service plugin labels: portAttributes.updated is missing, but an update may send port_labels; add the hook or mark them createOnly.',
    );
    const createOnly = { ...withoutUpdated, attributes: { port_labels: { ...labels.attributes.port_labels, createOnly: true } } };
    expect(defineWith(createOnly)).not.toThrow();
  });
});
