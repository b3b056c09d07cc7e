import type { CorePort, PortAttributeDeclaration, PortCaller, PortCreatedEvent, PortFilterEvent, PortIdQuery, PortUpdatedEvent, PresentedPortAttributes, QueryFilter } from '@switchyard/sdk';
import { coreResourcesOf } from '../core-resources.js';
import { type HookOwner, deliver } from '../events/deliver.js';
import type { EventScope } from '../events/core-events.js';
import type { CoreDb } from '../shared/tables.js';
import { portResource } from './resource.js';

/** The port attributes one plugin declares, known before anything starts. */
export interface DeclaredPortAttributes {
  service: string;
  attributes: Readonly<Record<string, PortAttributeDeclaration>>;
}

/** One plugin's port hooks, bound to its context; `scope` runs them in the core's transaction. */
export interface PortExtender extends HookOwner {
  created(event: PortCreatedEvent, scope: EventScope): Promise<void> | void;
  updated?(event: PortUpdatedEvent, scope: EventScope): Promise<void> | void;
  present(ports: readonly CorePort[], scope: EventScope): Promise<PresentedPortAttributes> | PresentedPortAttributes;
  /** Bound to the plugin's own context: a list's filter only reads. */
  filter?(event: PortFilterEvent): PortIdQuery;
}

/** What the port service asks of the plugins that extend ports; with none, each step does nothing. */
export interface PortExtensions {
  /** Every plugin attribute by name, in plugin order: the core adds them to the port's schemas. */
  readonly attributes: ReadonlyMap<string, PortAttributeDeclaration>;
  subscribe(extender: PortExtender): void;
  /** Removes the plugins' attributes from a request body, so the core stores only its own. */
  split<T extends Record<string, unknown>>(sent: T): { core: T; extended: Readonly<Record<string, unknown>> };
  created(port: CorePort, extended: Readonly<Record<string, unknown>>, caller: PortCaller, db: CoreDb): Promise<void>;
  updated(port: CorePort, extended: Readonly<Record<string, unknown>>, caller: PortCaller, db: CoreDb): Promise<void>;
  /** The ports with every plugin's values merged in: one `present` call per plugin. */
  present<T extends CorePort>(ports: readonly T[], db: CoreDb): Promise<T[]>;
  /** The SQL of each list filter on a plugin attribute (`filter: true`), asking its owner's `filter` hook. */
  readonly listFilters: Readonly<Record<string, QueryFilter>>;
}

/**
 * Collects the plugins' port attributes; refuses a name that is a core attribute or another
 * plugin's, as neither could tell whose value a request sends.
 */
export function createPortExtensions(declared: readonly DeclaredPortAttributes[]): PortExtensions {
  const owners = ownersOf(declared, new Set(Object.keys(portResource.declaration.attributes)));
  const attributes = new Map([...owners].map(([name, owner]) => [name, owner.declaration]));
  const extenders: PortExtender[] = [];
  const ownNames = (service: string) => [...owners].filter(([, owner]) => owner.service === service).map(([name]) => name);
  const scopeOf = (db: CoreDb): EventScope => ({ db, core: coreResourcesOf(db) });
  const ownerOf = (name: string) => extenders.find((extender) => extender.service === owners.get(name)?.service);
  return {
    attributes,
    listFilters: listFiltersOf(attributes, ownerOf),
    subscribe(extender) {
      if (ownNames(extender.service).length === 0) throw new TypeError(`Service plugin ${extender.service} declared no port attributes before subscribing its port hooks.`);
      extenders.push(extender);
    },
    split: (sent) => splitSent(sent, attributes),
    async created(port, extended, caller, db) {
      for (const extender of extenders) {
        const event = { port, attributes: valuesOf(extended, ownNames(extender.service)), caller };
        await deliver(extender, 'The port was not created', () => extender.created(event, scopeOf(db)));
      }
    },
    async updated(port, extended, caller, db) {
      for (const extender of extenders) {
        const event = { port, attributes: valuesOf(extended, ownNames(extender.service)), caller };
        const hook = extender.updated;
        if (hook) await deliver(extender, `Port ${port.id} was not updated`, () => hook(event, scopeOf(db)));
      }
    },
    async present(ports, db) {
      let shown = [...ports];
      if (ports.length === 0) return shown;
      for (const extender of extenders) {
        const values = await deliver(extender, 'The ports could not be shown', () => presentedBy(extender, ports, scopeOf(db)));
        shown = shown.map((port) => ({ ...port, ...pick(values.get(port.id), ownNames(extender.service)) }));
      }
      return shown;
    },
  };
}

/**
 * A port list narrowed to the ports the owner's hook names, in the list's own statement; the
 * list's scoping still decides which of them the caller sees. The owner is looked up per request:
 * plugins subscribe after the port routes are registered.
 */
function listFiltersOf(attributes: ReadonlyMap<string, PortAttributeDeclaration>, ownerOf: (name: string) => PortExtender | undefined): Record<string, QueryFilter> {
  const filters: Record<string, QueryFilter> = {};
  for (const [attribute, declaration] of attributes) {
    if (declaration.filter !== true) continue;
    filters[attribute] = (query, values) => {
      const filter = ownerOf(attribute)?.filter;
      if (filter === undefined) throw new TypeError(`The port attribute ${attribute} declares filter: true, but its plugin subscribed no filter hook.`);
      return query.where('id', 'in', filter({ attribute, values }));
    };
  }
  return filters;
}

interface AttributeOwner {
  service: string;
  declaration: PortAttributeDeclaration;
}

function ownersOf(declared: readonly DeclaredPortAttributes[], coreAttributes: ReadonlySet<string>): Map<string, AttributeOwner> {
  const owners = new Map<string, AttributeOwner>();
  for (const { service, attributes } of declared) {
    for (const [name, declaration] of Object.entries(attributes)) {
      if (coreAttributes.has(name)) {
        throw new TypeError(`Service plugin ${service} declares the port attribute ${name}, which is a core port attribute; give the plugin's attribute another name.`);
      }
      const other = owners.get(name);
      if (other) {
        throw new TypeError(
          `Service plugins ${other.service} and ${service} both declare the port attribute ${name}; a port attribute has one owner: rename one, or load only one of them.`,
        );
      }
      owners.set(name, { service, declaration });
    }
  }
  return owners;
}

function splitSent<T extends Record<string, unknown>>(sent: T, attributes: ReadonlyMap<string, unknown>): { core: T; extended: Record<string, unknown> } {
  const core: Record<string, unknown> = {};
  const extended: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of Object.entries(sent)) {
    if (attributes.has(name)) extended[name] = value;
    else core[name] = value;
  }
  return { core: core as T, extended };
}

function valuesOf(extended: Readonly<Record<string, unknown>>, names: readonly string[]): ReadonlyMap<string, unknown> {
  return new Map(names.filter((name) => Object.hasOwn(extended, name)).map((name) => [name, extended[name]]));
}

/** A plugin's answer must be a Map: a plain object keyed by port ids is not prototype-safe. */
async function presentedBy(extender: PortExtender, ports: readonly CorePort[], scope: EventScope): Promise<PresentedPortAttributes> {
  const values = await extender.present(ports, scope);
  if (!(values instanceof Map)) throw new TypeError(`portAttributes.present of ${extender.service} must return a Map of port id to values.`);
  return values;
}

function pick(values: Readonly<Record<string, unknown>> | undefined, names: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name of names) if (values !== undefined && Object.hasOwn(values, name)) picked[name] = values[name];
  return picked;
}
