import type { PanelColumn, PanelResource } from '../contract/panel.js';

/** What a table cell shows: lists joined, objects as compact JSON, nothing for null. */
export function cellText(column: PanelColumn, resource: PanelResource): string {
  if (typeof column.value === 'function') return column.value(resource);
  return displayValue(resource[column.value]);
}

export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(displayValue).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
