import type { CliCommand, CliSession } from '../cli-plugin.js';
import { addAttributeOptions, attributesFrom, requireSomeChange } from './attribute-options.js';
import type { CliResource } from './cli-resource.js';
import { parseFilter, withFilters } from './list-filters.js';
import { nameRefusals } from './option-flags.js';
import { repeatable } from './parsers.js';
import { helpLine, pluralLabel, singularLabel } from './resource-help.js';

const FILTER_FLAGS = '--filter <attribute=value>';

/**
 * Adds `<name> list|show|create|update|delete` under `parent` (the root command, or a plugin's
 * own command) and returns the `<name>` command, for further subcommands such as actions.
 *
 * @public
 */
export function addResourceCommands(parent: CliCommand, resource: CliResource, session: CliSession): CliCommand {
  const group = parent.command(resource.name).description(`Manage ${pluralLabel(resource)}`);
  addList(group, resource, session);
  addShow(group, resource, session);
  addCreate(group, resource, session);
  addUpdate(group, resource, session);
  addDelete(group, resource, session);
  return group;
}

function addList(group: CliCommand, resource: CliResource, session: CliSession): void {
  const list = group.command('list').description(helpLine(resource, 'list'));
  if (resource.filters !== false) {
    list.option(FILTER_FLAGS, 'Neutron filter, repeatable (e.g. --filter name=web)', nameRefusals(FILTER_FLAGS, repeatable(parseFilter)));
  }
  list.action((options: { filter?: Array<[string, string]> }) =>
    session.list(withFilters(resource.path, options.filter ?? []), { collection: resource.collection, columns: resource.columns }),
  );
}

function addShow(group: CliCommand, resource: CliResource, session: CliSession): void {
  group
    .command('show <id>')
    .description(helpLine(resource, 'show'))
    .action((id: string) => session.show(itemPath(resource, id), { resource: resource.resource }));
}

function addCreate(group: CliCommand, resource: CliResource, session: CliSession): void {
  const create = group.command('create').description(helpLine(resource, 'create'));
  addAttributeOptions(create, resource.create).action(async (options: Record<string, unknown>) => {
    const body = { [resource.resource]: attributesFrom(options, resource.create) };
    session.print(await session.request('POST', resource.path, body), { resource: resource.resource });
  });
}

function addUpdate(group: CliCommand, resource: CliResource, session: CliSession): void {
  const update = group.command('update <id>').description(helpLine(resource, 'update'));
  addAttributeOptions(update, resource.update).action(async (id: string, options: Record<string, unknown>) => {
    const attributes = attributesFrom(options, resource.update);
    requireSomeChange(attributes, resource.update);
    session.print(await session.request('PUT', itemPath(resource, id), { [resource.resource]: attributes }), { resource: resource.resource });
  });
}

function addDelete(group: CliCommand, resource: CliResource, session: CliSession): void {
  group
    .command('delete <id>')
    .description(helpLine(resource, 'delete'))
    .action(async (id: string) => {
      await session.request('DELETE', itemPath(resource, id));
      session.note(`Deleted ${singularLabel(resource)} ${id}.`);
    });
}

function itemPath(resource: CliResource, id: string): string {
  return `${resource.path}/${encodeURIComponent(id)}`;
}
