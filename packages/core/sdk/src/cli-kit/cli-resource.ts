import type { ResourceVerb } from '../resource-kit/register-resource.js';
import type { CliAttributeOption } from './attribute-options.js';

/**
 * A resource as the command line shows and sets it; `addResourceCommands` turns it into
 * `<name> list|show|create|update|delete`.
 *
 * @public
 */
export interface CliResource {
  /** The command, e.g. `network` (`switchyard network list`) or `rule` (under `switchyard firewall`). */
  name: string;
  /** One resource in help and messages, e.g. `firewall rule`; default `name`. */
  label?: string;
  /** The key of one resource in the JSON envelope, e.g. `network`. */
  resource: string;
  /** The key of a list, e.g. `networks`; with spaces for underscores, it names the resources in help. */
  collection: string;
  /** The collection's path, e.g. `/v2.0/networks`. */
  path: string;
  /** Columns of the `list` table (attribute names, as in CliView). */
  columns: readonly string[];
  /** Options of `create`, each setting one attribute. */
  create: readonly CliAttributeOption[];
  /** Options of `update`; it sends only those given, and refuses to send none. */
  update: readonly CliAttributeOption[];
  /** `list --filter attribute=value`, repeatable, sent as Neutron filters; default true. */
  filters?: boolean;
  /** Help lines that replace the kit's, by subcommand, e.g. `{ list: 'List firewall rules' }`. */
  help?: Partial<Record<ResourceVerb, string>>;
}
