import type { PanelField } from '../contract/panel.js';

/** What a form input holds: text for most inputs, a flag for a checkbox, picked ids for a multi-select. */
export type RawValue = string | boolean | string[];

/**
 * The request body's values from what was entered: empty optional fields are left out (the
 * server applies its defaults), numbers become numbers, and a field's own `parse` has the last word.
 */
export function formValues(fields: readonly PanelField[], raw: Readonly<Record<string, RawValue>>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const entered = Object.hasOwn(raw, field.name) ? raw[field.name] : undefined;
    const value = fieldValue(field, entered);
    if (value !== undefined) values[field.name] = value;
  }
  return values;
}

function fieldValue(field: PanelField, entered: RawValue | undefined): unknown {
  const kind = field.kind ?? 'text';
  if (kind === 'boolean') return entered === true;
  if (kind === 'references') return Array.isArray(entered) ? entered : [];
  const text = typeof entered === 'string' ? entered.trim() : '';
  if (text === '') return undefined;
  if (field.parse) return field.parse(text);
  if (kind === 'number') return Number(text);
  return text;
}

/** The first required field left empty, to name before anything is sent. */
export function missingRequired(fields: readonly PanelField[], values: Readonly<Record<string, unknown>>): PanelField | undefined {
  return fields.find((field) => field.required && (values[field.name] === undefined || (Array.isArray(values[field.name]) && (values[field.name] as unknown[]).length === 0)));
}
