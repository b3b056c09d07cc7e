/**
 * The panel contract: what a service plugin's `./dashboard` module exports as its default, and
 * what the dashboard's own core panels are written in. A panel is a description, not code that
 * draws: the shell renders every table and form, so it alone decides how a panel is labeled
 * (the Preview badge and banner come from the plugin's package stability, never from here).
 */

/**
 * How a form field is entered: `text` (the default), `number`, `boolean` (a checkbox), `choice`
 * (one of `choices`), `reference` (one resource of `reference`), `references` (several).
 *
 * @public
 */
export type PanelFieldKind = 'text' | 'number' | 'boolean' | 'choice' | 'reference' | 'references';

/**
 * Where a `reference` field takes its options from: a collection the shell lists.
 *
 * @public
 */
export interface PanelReference {
  /** The collection's path, e.g. `/v2.0/ports`; a query string narrows it (`?device_owner=...`). */
  path: string;
  /** The key of the list in the response, e.g. `ports`. */
  collection: string;
  /** How one option reads; the resource's name, else its id, when left out. */
  label?: (resource: PanelResource) => string;
}

/**
 * One input of a form; its value goes into the request body under `name`.
 *
 * @public
 */
export interface PanelField {
  name: string;
  label: string;
  kind?: PanelFieldKind;
  required?: boolean;
  choices?: readonly string[];
  reference?: PanelReference;
  placeholder?: string;
  /** A `boolean` field's checkbox starts ticked; its value is sent either way. */
  checked?: boolean;
  /** One line under the input. */
  help?: string;
  /** Turns the entered text into the body value (e.g. `"10.0.0.2-10.0.0.9"` into allocation pools). */
  parse?: (text: string) => unknown;
}

/**
 * A resource as the API returns it.
 *
 * @public
 */
export type PanelResource = Record<string, unknown>;

/**
 * One column of a resource table: an attribute name, or a function of the resource.
 *
 * @public
 */
export interface PanelColumn {
  label: string;
  value: string | ((resource: PanelResource) => string);
}

/**
 * A button on each row: a form whose body goes to `path(resource)`.
 *
 * @public
 */
export interface PanelRowAction {
  label: string;
  method: 'POST' | 'PUT';
  path: (resource: PanelResource) => string;
  fields: readonly PanelField[];
  /** The body to send; the entered values as they are when left out. */
  body?: (values: Record<string, unknown>) => unknown;
}

/**
 * A table of one collection, with a create form and a delete button per row.
 *
 * @public
 */
export interface PanelResourceSection {
  kind: 'resources';
  title: string;
  /** The collection's path, e.g. `/v2.0/fwaas/firewall_rules`; a query string narrows the list. */
  path: string;
  /** Key of the list in a list response (`firewall_rules`) and of one resource in a create body (`firewall_rule`). */
  collection: string;
  resource: string;
  columns: readonly PanelColumn[];
  /** The create form; no form when left out. */
  create?: readonly PanelField[];
  /** False for a read-only view (another section owns the resources). */
  deletable?: boolean;
  actions?: readonly PanelRowAction[];
}

/**
 * A form that asks the API a question (`POST /v2.0/fwaas/evaluate`) and shows the answer.
 *
 * @public
 */
export interface PanelActionSection {
  kind: 'action';
  title: string;
  description?: string;
  method: 'POST' | 'PUT';
  path: string;
  fields: readonly PanelField[];
  body?: (values: Record<string, unknown>) => unknown;
  /** The answer in one line. */
  result: (response: unknown) => string;
}

/**
 * @public
 */
export type PanelSection = PanelResourceSection | PanelActionSection;

/**
 * What a `./dashboard` module exports as its default.
 *
 * @public
 */
export interface DashboardPanel {
  /** The menu entry and the heading, e.g. `Firewall`. */
  title: string;
  description?: string;
  sections: readonly PanelSection[];
}

/**
 * Gives a panel its type where it is declared (`export default defineDashboardPanel({...})`).
 *
 * @public
 */
export function defineDashboardPanel(panel: DashboardPanel): DashboardPanel {
  return panel;
}
