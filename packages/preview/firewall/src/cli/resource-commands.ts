import type { CliCommand, CliContext } from '@switchyard/sdk';
import { type AttributeOption, addAttributeOptions, attributesFrom } from './attribute-options.js';

/** One FWaaS resource and the options that set its attributes. */
export interface FirewallResource {
  /** Subcommand of `switchyard firewall`, e.g. `rule`. */
  name: string;
  /** Words for messages, e.g. `firewall rule`. */
  label: string;
  resource: string;
  collection: string;
  path: string;
  columns: readonly string[];
  options: readonly AttributeOption[];
}

/** `switchyard firewall <name> list|show|create|update|delete`. */
export function registerResourceCommands(parent: CliCommand, spec: FirewallResource, context: CliContext): CliCommand {
  const group = parent.command(spec.name).description(`Manage ${pluralLabel(spec)}`);
  group
    .command('list')
    .description(`List ${pluralLabel(spec)}`)
    .action(() => context.list(spec.path, { collection: spec.collection, columns: spec.columns }));
  group
    .command('show <id>')
    .description(`Show one ${spec.label}`)
    .action((id: string) => context.show(itemPath(spec, id), { resource: spec.resource }));
  addCreate(group, spec, context);
  addUpdate(group, spec, context);
  group
    .command('delete <id>')
    .description(`Delete a ${spec.label}`)
    .action(async (id: string) => {
      await context.request('DELETE', itemPath(spec, id));
      context.note(`Deleted ${spec.label} ${id}.`);
    });
  return group;
}

function addCreate(group: CliCommand, spec: FirewallResource, context: CliContext): void {
  addAttributeOptions(group.command('create').description(`Create a ${spec.label}`), spec.options).action(
    async (options: Record<string, unknown>) => {
      const body = { [spec.resource]: attributesFrom(options, spec.options) };
      context.print(await context.request('POST', spec.path, body), { resource: spec.resource });
    },
  );
}

function addUpdate(group: CliCommand, spec: FirewallResource, context: CliContext): void {
  addAttributeOptions(group.command('update <id>').description(`Change a ${spec.label}`), spec.options).action(
    async (id: string, options: Record<string, unknown>) => {
      const attributes = attributesFrom(options, spec.options);
      if (Object.keys(attributes).length === 0) throw new Error('nothing to update: give at least one option (see --help)');
      context.print(await context.request('PUT', itemPath(spec, id), { [spec.resource]: attributes }), { resource: spec.resource });
    },
  );
}

function itemPath(spec: FirewallResource, id: string): string {
  return `${spec.path}/${encodeURIComponent(id)}`;
}

/** "firewall policies", from the collection name: English plurals are not always label + "s". */
function pluralLabel(spec: FirewallResource): string {
  return spec.collection.replaceAll('_', ' ');
}
