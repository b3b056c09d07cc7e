import { type CliAttributeOption, type CliResource, parseBoolean } from '@switchyard/sdk';

/** What differs between the firewall's resources; the rest is the same for all three. */
export interface FirewallResourceDeclaration {
  /** Subcommand of `switchyard firewall`, e.g. `rule`. */
  name: string;
  resource: string;
  collection: string;
  path: string;
  columns: readonly string[];
  /** Create and update take the same options. */
  options: readonly CliAttributeOption[];
}

/**
 * A firewall resource for the SDK's CLI kit. Its help keeps the firewall's shorter list and
 * update lines, and list takes no --filter, as before the kit.
 */
export function firewallResource(declaration: FirewallResourceDeclaration): CliResource {
  const { options, ...resource } = declaration;
  const label = declaration.resource.replaceAll('_', ' ');
  return {
    ...resource,
    label,
    create: options,
    update: options,
    filters: false,
    help: { list: `List ${declaration.collection.replaceAll('_', ' ')}`, update: `Change a ${label}` },
  };
}

/** `shared` on each resource: only admins may set it, the server says so otherwise. */
export function sharedOption(kind: 'rule' | 'policy' | 'group'): CliAttributeOption {
  return { flags: '--shared <true|false>', attribute: 'shared', description: `Share the ${kind} with every project (admins only)`, parse: parseBoolean };
}
