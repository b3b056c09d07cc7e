import type { ResourceVerb } from '../resource-kit/register-resource.js';
import type { CliResource } from './cli-resource.js';

const DEFAULT_HELP: Record<ResourceVerb, (one: string, many: string) => string> = {
  list: (_one, many) => `List ${many} (table; --json for the server's answer)`,
  show: (one) => `Show one ${one}`,
  create: (one) => `Create a ${one}`,
  update: (one) => `Change attributes of a ${one}`,
  delete: (one) => `Delete a ${one}`,
};

/** One resource in messages: "firewall rule". */
export function singularLabel(resource: CliResource): string {
  return resource.label ?? resource.name;
}

/** "firewall policies", from the collection: English plurals are not always label + "s". */
export function pluralLabel(resource: CliResource): string {
  return resource.collection.replaceAll('_', ' ');
}

/** The help line of a subcommand: the resource's own, else the kit's. */
export function helpLine(resource: CliResource, verb: ResourceVerb): string {
  return resource.help?.[verb] ?? DEFAULT_HELP[verb](singularLabel(resource), pluralLabel(resource));
}
