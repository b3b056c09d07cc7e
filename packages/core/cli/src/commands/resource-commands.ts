import { type Command, InvalidArgumentError } from 'commander';
import type { Session } from '../session.js';
import { type AttributeOption, addAttributeOptions, attributesFrom, requireSomeChange } from './attribute-options.js';
import { collect } from './parsers.js';

/** A Neutron resource and how its commands show and set it. */
export interface ResourceSpec {
  /** Command name and words in messages, e.g. `network`. */
  name: string;
  /** Singular and plural keys of the JSON envelopes. */
  resource: string;
  collection: string;
  /** Collection path, e.g. `/v2.0/networks`. */
  path: string;
  /** Columns of `list` tables. */
  columns: readonly string[];
  create: readonly AttributeOption[];
  update: readonly AttributeOption[];
}

/** `<name> list|show|create|update|delete`, with options mapped to the resource's attributes. */
export function registerResourceCommands(program: Command, spec: ResourceSpec, session: Session): Command {
  const group = program.command(spec.name).description(`Manage ${spec.collection}`);
  addList(group, spec, session);
  addShow(group, spec, session);
  addCreate(group, spec, session);
  addUpdate(group, spec, session);
  addDelete(group, spec, session);
  return group;
}

function addList(group: Command, spec: ResourceSpec, session: Session): void {
  group
    .command('list')
    .description(`List ${spec.collection} (table; --json for the server's answer)`)
    .option('--filter <attribute=value>', 'Neutron filter, repeatable (e.g. --filter name=web)', collect(parseFilter))
    .action((options: { filter?: Array<[string, string]> }) =>
      session.list(withQuery(spec.path, options.filter ?? []), { collection: spec.collection, columns: spec.columns }),
    );
}

function addShow(group: Command, spec: ResourceSpec, session: Session): void {
  group
    .command('show <id>')
    .description(`Show one ${spec.name}`)
    .action((id: string) => session.show(itemPath(spec, id), { resource: spec.resource }));
}

function addCreate(group: Command, spec: ResourceSpec, session: Session): void {
  addAttributeOptions(group.command('create').description(`Create a ${spec.name}`), spec.create).action(
    async (options: Record<string, unknown>) => {
      const body = { [spec.resource]: attributesFrom(options, spec.create) };
      session.print(await session.request('POST', spec.path, body), { resource: spec.resource });
    },
  );
}

function addUpdate(group: Command, spec: ResourceSpec, session: Session): void {
  addAttributeOptions(group.command('update <id>').description(`Change attributes of a ${spec.name}`), spec.update).action(
    async (id: string, options: Record<string, unknown>) => {
      const attributes = attributesFrom(options, spec.update);
      requireSomeChange(attributes, spec.update);
      session.print(await session.request('PUT', itemPath(spec, id), { [spec.resource]: attributes }), { resource: spec.resource });
    },
  );
}

function addDelete(group: Command, spec: ResourceSpec, session: Session): void {
  group
    .command('delete <id>')
    .description(`Delete a ${spec.name}`)
    .action(async (id: string) => {
      await session.request('DELETE', itemPath(spec, id));
      session.note(`Deleted ${spec.name} ${id}.`);
    });
}

function itemPath(spec: ResourceSpec, id: string): string {
  return `${spec.path}/${encodeURIComponent(id)}`;
}

function parseFilter(value: string): [string, string] {
  const separator = value.indexOf('=');
  if (separator < 1) throw new InvalidArgumentError('Expected <attribute>=<value>, such as name=web.');
  return [value.slice(0, separator), value.slice(separator + 1)];
}

function withQuery(path: string, filters: ReadonlyArray<[string, string]>): string {
  if (filters.length === 0) return path;
  return `${path}?${new URLSearchParams([...filters]).toString()}`;
}
