import type { Stability } from './stability.js';

/**
 * The part of a command-line command a plugin uses to add its own commands. It is the subset
 * of commander's `Command` the `switchyard` CLI hands in, described here so plugins need no
 * commander of their own and the SDK stays free of it.
 *
 * @public
 */
export interface CliCommand {
  /** A subcommand, e.g. `command('show <id>')`; returns the new command. */
  command(nameAndArgs: string): CliCommand;
  description(text: string): CliCommand;
  argument(name: string, description?: string, defaultValue?: unknown): CliCommand;
  option(flags: string, description?: string, defaultValue?: string | boolean | string[]): CliCommand;
  option<T>(flags: string, description: string, parse: (value: string, previous: T) => T, defaultValue?: T): CliCommand;
  requiredOption(flags: string, description?: string, defaultValue?: string | boolean | string[]): CliCommand;
  requiredOption<T>(flags: string, description: string, parse: (value: string, previous: T) => T, defaultValue?: T): CliCommand;
  /** Arguments arrive first, then the parsed options object. */
  // `any[]` as in commander's own signature: handlers name their argument types, and commander's
  // Command must stay assignable to this interface (TypeScript refuses `unknown[]`/`never[]` here).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  action(handler: (...args: any[]) => void | Promise<void>): CliCommand;
}

/** @public */
export type CliHttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * How a response is printed. `resource` picks one object out of its envelope
 * (`{"network": {...}}`) and prints it as field/value lines (`enveloped: false` when the body is
 * the object itself, as some Neutron actions answer); `collection` prints a list as a table of
 * `columns` (attribute names; `fixed_ips.ip_address` takes a property of each element).
 * With `--json` the server's body is printed unchanged either way.
 *
 * @public
 */
export type CliView = { resource: string; enveloped?: boolean } | { collection: string; columns: readonly string[] };

/**
 * What the CLI lends a plugin's commands: the configured HTTP client and the shared printer.
 *
 * @public
 */
export interface CliContext {
  /** The plugin's service name and stability, as its package declares them. */
  service: string;
  stability: Stability;
  /**
   * Calls the server at `path` (e.g. `/v2.0/fwaas/firewall_rules`) with the caller's URL and
   * credentials; resolves to the parsed JSON body (undefined for 204). Failures reject with
   * errors the CLI reports in one line (unreachable server, the server's NeutronError message).
   */
  request<T = unknown>(method: CliHttpMethod, path: string, body?: unknown): Promise<T>;
  /** GETs a collection and prints it. */
  list(path: string, view: { collection: string; columns: readonly string[] }): Promise<void>;
  /** GETs one resource and prints it. */
  show(path: string, view: { resource: string }): Promise<void>;
  /** Prints a body already fetched (the answer to a create, an update, an action). */
  print(body: unknown, view: CliView): void;
  /** A line for people (e.g. "Deleted firewall rule <id>."); silent with `--json`. */
  note(text: string): void;
}

/**
 * What commands work with: the context without the plugin's labels. The kit's commands
 * (`addResourceCommands`) need no more, so the core's own commands use them too.
 *
 * @public
 */
export type CliSession = Omit<CliContext, 'service' | 'stability'>;

/** @public */
export interface CliPluginDefinition {
  /** The service the commands belong to, as in `service_plugins` (e.g. `firewall`). */
  service: string;
  /** Adds the plugin's commands to `program`, the root `switchyard` command. */
  register(program: CliCommand, context: CliContext): void | Promise<void>;
}

/** @public */
export interface CliPlugin extends CliPluginDefinition {
  readonly kind: 'switchyard-cli-plugin';
}

/**
 * Declares a plugin's command-line commands; the default export of a package's `./cli`
 * subpath should be the result. Stability labels come from the package's `switchyard` field.
 *
 * @public
 */
export function defineCliPlugin(definition: CliPluginDefinition): CliPlugin {
  if (typeof definition.service !== 'string' || definition.service.trim() === '') {
    throw new TypeError('defineCliPlugin needs a service name, such as { service: "firewall", register(program, context) {...} }');
  }
  if (typeof definition.register !== 'function') {
    throw new TypeError(`defineCliPlugin for ${definition.service}: register(program, context) must be a function`);
  }
  return { ...definition, kind: 'switchyard-cli-plugin' };
}

/** @public */
export function isCliPlugin(value: unknown): value is CliPlugin {
  return (value as { kind?: unknown } | null)?.kind === 'switchyard-cli-plugin';
}
