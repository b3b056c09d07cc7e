import type { PortAttributeDeclaration, PortCaller, PortFilterEvent, PortIdQuery, QueryFilter } from '@switchyard/sdk';
import { coreResourcesOf } from '../core-resources.js';
import { type HookOwner, deliver } from '../events/deliver.js';
import type { EventScope } from '../events/core-events.js';
import type { CoreDb } from './tables.js';

/** Port and network attribute declarations share one shape (the SDK aliases the network's to the port's). */
type AttributeDeclaration = PortAttributeDeclaration;
/** What a plugin's `present` answers: values by resource id. */
type PresentedAttributes = ReadonlyMap<string, Readonly<Record<string, unknown>>>;
/** A core resource a plugin may extend: only its id matters here. */
interface Identified {
  id: string;
}

/** The attributes one plugin declares for one core resource, known before anything starts. */
export interface DeclaredAttributes {
  service: string;
  attributes: Readonly<Record<string, AttributeDeclaration>>;
}

/** What the plugin's hooks hear of a create or update: the resource, its sent values, who asks. */
export interface AttributeChange<TResource> {
  resource: TResource;
  attributes: ReadonlyMap<string, unknown>;
  caller: PortCaller;
}

/** One plugin's hooks for one core resource, bound to its context; `scope` runs them in the core's transaction. */
export interface AttributeExtender<TResource> extends HookOwner {
  created(change: AttributeChange<TResource>, scope: EventScope): Promise<void> | void;
  updated?(change: AttributeChange<TResource>, scope: EventScope): Promise<void> | void;
  present(resources: readonly TResource[], scope: EventScope): Promise<PresentedAttributes> | PresentedAttributes;
  /** Bound to the plugin's own context: a list's filter only reads. */
  filter?(event: PortFilterEvent): PortIdQuery;
}

/** What a core resource's service asks of the plugins that extend it; with none, each step does nothing. */
export interface AttributeExtensions<TResource extends Identified> {
  /** Every plugin attribute by name, in plugin order: the core adds them to the resource's schemas. */
  readonly attributes: ReadonlyMap<string, AttributeDeclaration>;
  subscribe(extender: AttributeExtender<TResource>): void;
  /** Removes the plugins' attributes from a request body, so the core stores only its own. */
  split<T extends Record<string, unknown>>(sent: T): { core: T; extended: Readonly<Record<string, unknown>> };
  created(resource: TResource, extended: Readonly<Record<string, unknown>>, caller: PortCaller, db: CoreDb): Promise<void>;
  updated(resource: TResource, extended: Readonly<Record<string, unknown>>, caller: PortCaller, db: CoreDb): Promise<void>;
  /**
   * The resources with every plugin's values merged in, one `present` call per plugin. The values
   * are written into the given objects, which the service presented for this response only.
   */
  present<T extends TResource>(resources: readonly T[], db: CoreDb): Promise<T[]>;
  /** The SQL of each list filter on a plugin attribute (`filter: true`), asking its owner's `filter` hook. */
  readonly listFilters: Readonly<Record<string, QueryFilter>>;
}

/** The core resource the attributes extend, as the messages name it. */
export interface ExtendedCoreResource {
  /** Singular, lower case: `port`. */
  resource: string;
  /** Plural: `ports`. */
  collection: string;
  /** The core's own attribute names, which no plugin may take. */
  coreAttributes: ReadonlySet<string>;
}

/**
 * Collects the plugins' attributes of one core resource; refuses a name that is a core attribute
 * or another plugin's, as neither could tell whose value a request sends.
 */
export function createAttributeExtensions<TResource extends Identified>(
  extended: ExtendedCoreResource,
  declared: readonly DeclaredAttributes[],
): AttributeExtensions<TResource> {
  const owners = ownersOf(extended, declared);
  const attributes = new Map([...owners].map(([name, owner]) => [name, owner.declaration]));
  const extenders: Array<AttributeExtender<TResource>> = [];
  const ownNames = (service: string) => [...owners].filter(([, owner]) => owner.service === service).map(([name]) => name);
  const scopeOf = (db: CoreDb): EventScope => ({ db, core: coreResourcesOf(db) });
  const ownerOf = (name: string) => extenders.find((extender) => extender.service === owners.get(name)?.service);
  const changeOf = (extender: AttributeExtender<TResource>, resource: TResource, sent: Readonly<Record<string, unknown>>, caller: PortCaller) => ({
    resource,
    attributes: valuesOf(sent, ownNames(extender.service)),
    caller,
  });
  const { resource: noun, collection } = extended;
  return {
    attributes,
    listFilters: listFiltersOf(noun, attributes, ownerOf),
    subscribe(extender) {
      if (ownNames(extender.service).length === 0) {
        throw new TypeError(`Service plugin ${extender.service} declared no ${noun} attributes before subscribing its ${noun} hooks.`);
      }
      extenders.push(extender);
    },
    split: (sent) => splitSent(sent, attributes),
    async created(resource, sent, caller, db) {
      for (const extender of extenders) {
        const change = changeOf(extender, resource, sent, caller);
        await deliver(extender, `The ${noun} was not created`, () => extender.created(change, scopeOf(db)));
      }
    },
    async updated(resource, sent, caller, db) {
      for (const extender of extenders) {
        const change = changeOf(extender, resource, sent, caller);
        const hook = extender.updated;
        if (hook) await deliver(extender, `${capitalized(noun)} ${resource.id} was not updated`, () => hook(change, scopeOf(db)));
      }
    },
    async present(resources, db) {
      if (resources.length === 0 || extenders.length === 0) return [...resources];
      // The plugins' values are written into the objects the service presented for this response:
      // a copy per resource (let alone per plugin) costs a page of 100 networks measurably.
      for (const extender of extenders) {
        const values = await deliver(extender, `The ${collection} could not be shown`, () => presentedBy(noun, extender, resources, scopeOf(db)));
        const names = ownNames(extender.service);
        for (const resource of resources) copyOwn(values.get(resource.id), names, resource as unknown as Record<string, unknown>);
      }
      return [...resources];
    },
  };
}

/**
 * A list narrowed to the resources the owner's hook names, in the list's own statement; the
 * list's scoping still decides which of them the caller sees. The owner is looked up per request:
 * plugins subscribe after the core's routes are registered.
 */
function listFiltersOf<TResource>(
  noun: string,
  attributes: ReadonlyMap<string, AttributeDeclaration>,
  ownerOf: (name: string) => AttributeExtender<TResource> | undefined,
): Record<string, QueryFilter> {
  const filters: Record<string, QueryFilter> = {};
  for (const [attribute, declaration] of attributes) {
    if (declaration.filter !== true) continue;
    filters[attribute] = (query, values) => {
      const filter = ownerOf(attribute)?.filter;
      if (filter === undefined) throw new TypeError(`The ${noun} attribute ${attribute} declares filter: true, but its plugin subscribed no filter hook.`);
      return query.where('id', 'in', filter({ attribute, values }));
    };
  }
  return filters;
}

interface AttributeOwner {
  service: string;
  declaration: AttributeDeclaration;
}

function ownersOf({ resource, coreAttributes }: ExtendedCoreResource, declared: readonly DeclaredAttributes[]): Map<string, AttributeOwner> {
  const owners = new Map<string, AttributeOwner>();
  for (const { service, attributes } of declared) {
    for (const [name, declaration] of Object.entries(attributes)) {
      if (coreAttributes.has(name)) {
        throw new TypeError(
          `Service plugin ${service} declares the ${resource} attribute ${name}, which is a core ${resource} attribute; give the plugin's attribute another name.`,
        );
      }
      const other = owners.get(name);
      if (other) {
        throw new TypeError(
          `Service plugins ${other.service} and ${service} both declare the ${resource} attribute ${name}; a ${resource} attribute has one owner: rename one, or load only one of them.`,
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

/** A plugin's answer must be a Map: a plain object keyed by ids is not prototype-safe. */
async function presentedBy<TResource extends Identified>(
  noun: string,
  extender: AttributeExtender<TResource>,
  resources: readonly TResource[],
  scope: EventScope,
): Promise<PresentedAttributes> {
  const values = await extender.present(resources, scope);
  if (!(values instanceof Map)) throw new TypeError(`${noun}Attributes.present of ${extender.service} must return a Map of ${noun} id to values.`);
  return values;
}

/** Copies the named values a plugin answered for one resource (none when it left the resource out). */
function copyOwn(values: Readonly<Record<string, unknown>> | undefined, names: readonly string[], into: Record<string, unknown>): void {
  if (values === undefined) return;
  for (const name of names) if (Object.hasOwn(values, name)) into[name] = values[name];
}

function capitalized(noun: string): string {
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}
