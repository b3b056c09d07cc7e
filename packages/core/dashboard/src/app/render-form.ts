import type { PanelField, PanelResource } from '../contract/panel.js';
import { ApiError } from './api.js';
import { previewBadge } from './badge.js';
import { errorLine, h } from './dom.js';
import { type RawValue, formValues, missingRequired } from './form-values.js';
import { scopedListPath } from './project-scope.js';
import type { ShellContext } from './shell-context.js';

export interface FormOptions {
  title: string;
  fields: readonly PanelField[];
  submitLabel: string;
  /** Sends the values; what it resolves to is shown under the form. */
  submit: (values: Record<string, unknown>) => Promise<string | undefined>;
}

/** A form the shell draws for a panel: its heading carries the panel's Preview badge. */
export function renderForm(context: ShellContext, options: FormOptions): HTMLFormElement {
  const inputs = options.fields.map((field) => renderInput(context, field));
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'panel-form', 'data-form': options.title },
    h('h4', {}, options.title, previewBadge(context.marks)),
    ...inputs.map((input) => input.row),
    h('button', { type: 'submit' }, options.submitLabel),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitForm(options, readRaw(inputs), status);
  });
  return form;
}

async function submitForm(options: FormOptions, raw: Record<string, RawValue>, status: HTMLElement): Promise<void> {
  status.replaceChildren();
  let values: Record<string, unknown>;
  try {
    values = formValues(options.fields, raw);
  } catch (error) {
    status.append(errorLine((error as Error).message));
    return;
  }
  const missing = missingRequired(options.fields, values);
  if (missing) {
    status.append(errorLine(`${missing.label} is required.`));
    return;
  }
  try {
    const message = await options.submit(values);
    if (message) status.append(h('p', { class: 'result' }, message));
  } catch (error) {
    status.append(errorLine(error instanceof ApiError ? error.message : String(error)));
  }
}

interface RenderedInput {
  field: PanelField;
  row: HTMLElement;
  read: () => RawValue;
}

function readRaw(inputs: readonly RenderedInput[]): Record<string, RawValue> {
  return Object.fromEntries(inputs.map((input) => [input.field.name, input.read()]));
}

function renderInput(context: ShellContext, field: PanelField): RenderedInput {
  const id = `field-${Math.random().toString(36).slice(2)}`;
  const { control, read } = renderControl(context, field, id);
  const label = h('label', { for: id }, field.label, field.required ? ' *' : '');
  const row = h('div', { class: 'field', 'data-field': field.name }, label, control, field.help ? h('small', {}, field.help) : undefined);
  return { field, row, read };
}

function renderControl(context: ShellContext, field: PanelField, id: string): { control: HTMLElement; read: () => RawValue } {
  const kind = field.kind ?? 'text';
  if (kind === 'boolean') {
    const input = h('input', { id, name: field.name, type: 'checkbox', checked: field.checked === true });
    return { control: input, read: () => input.checked };
  }
  if (kind === 'choice') {
    // Left empty, an optional choice takes the server's default; a required one starts at its first choice.
    const empty = field.required ? [] : [h('option', { value: '' }, '(default)')];
    const select = h('select', { id, name: field.name }, ...empty, ...(field.choices ?? []).map((choice) => h('option', { value: choice }, choice)));
    return { control: select, read: () => select.value };
  }
  if (kind === 'reference' || kind === 'references') {
    const select = h('select', { id, name: field.name, multiple: kind === 'references' });
    // A row action's form is replaced by the next one: a detached form has nothing to reload.
    context.watch(async () => (select.isConnected ? fillOptions(context, field, select) : undefined));
    void fillOptions(context, field, select);
    const read = () => (kind === 'references' ? [...select.selectedOptions].map((option) => option.value) : select.value);
    return { control: select, read };
  }
  const input = h('input', { id, name: field.name, type: kind === 'number' ? 'number' : 'text', placeholder: field.placeholder });
  return { control: input, read: () => input.value };
}

/** Lists the options of a reference field, keeping what was picked; reloaded whenever the panel changes. */
async function fillOptions(context: ShellContext, field: PanelField, select: HTMLSelectElement): Promise<void> {
  const reference = field.reference;
  if (!reference) return;
  const picked = new Set([...select.selectedOptions].map((option) => option.value));
  try {
    const body = await context.api.request<Record<string, PanelResource[]>>('GET', scopedListPath(reference.path, context.actingProject));
    const options = (body[reference.collection] ?? []).map((resource) =>
      h('option', { value: String(resource.id), selected: picked.has(String(resource.id)) }, (reference.label ?? defaultLabel)(resource)),
    );
    select.replaceChildren(...(select.multiple ? [] : [h('option', { value: '' }, '(none)')]), ...options);
  } catch (error) {
    select.after(errorLine(`${field.label}: ${(error as Error).message}`));
  }
}

function defaultLabel(resource: PanelResource): string {
  const name = typeof resource.name === 'string' && resource.name !== '' ? resource.name : undefined;
  return name ? `${name} (${String(resource.id)})` : String(resource.id);
}
