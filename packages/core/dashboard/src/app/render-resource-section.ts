import type { PanelResource, PanelResourceSection, PanelRowAction } from '../contract/panel.js';
import { ApiError } from './api.js';
import { cellText } from './cell-text.js';
import { errorLine, h } from './dom.js';
import { scopedCreateValues, scopedListPath } from './project-scope.js';
import { renderForm } from './render-form.js';
import type { ShellContext } from './shell-context.js';

/** A collection's table, its create form and, per row, delete and the section's actions. */
export function renderResourceSection(context: ShellContext, section: PanelResourceSection): HTMLElement {
  const table = h('div', { class: 'table-holder' });
  const actionHolder = h('div', { class: 'row-action' });
  const reload = () => loadTable(context, section, table, (resource, action) => showRowAction(context, action, resource, actionHolder));
  context.watch(reload);
  const element = h('section', { class: 'resource-section', 'data-section': section.collection }, h('h3', {}, section.title), table, actionHolder);
  if (section.create) {
    element.append(
      renderForm(context, {
        title: `Create ${section.resource.replaceAll('_', ' ')}`,
        fields: section.create,
        submitLabel: 'Create',
        submit: async (values) => {
          const body = { [section.resource]: scopedCreateValues(values, context.actingProject) };
          const created = await context.api.request<Record<string, PanelResource>>('POST', basePath(section.path), body);
          await context.changed();
          return `Created ${section.resource.replaceAll('_', ' ')} ${String(created[section.resource]?.id ?? '')}`;
        },
      }),
    );
  }
  void reload();
  return element;
}

type ActionHandler = (resource: PanelResource, action: PanelRowAction) => void;

async function loadTable(context: ShellContext, section: PanelResourceSection, holder: HTMLElement, onAction: ActionHandler): Promise<void> {
  try {
    const body = await context.api.request<Record<string, PanelResource[]>>('GET', scopedListPath(section.path, context.actingProject));
    holder.replaceChildren(renderTable(context, section, body[section.collection] ?? [], onAction));
  } catch (error) {
    holder.replaceChildren(errorLine(error instanceof ApiError ? error.message : String(error)));
  }
}

function renderTable(context: ShellContext, section: PanelResourceSection, resources: readonly PanelResource[], onAction: ActionHandler): HTMLElement {
  if (resources.length === 0) return h('p', { class: 'empty' }, `No ${section.title.toLowerCase()} yet.`);
  const head = h('tr', {}, ...section.columns.map((column) => h('th', {}, column.label)), h('th', {}, ''));
  const rows = resources.map((resource) =>
    h(
      'tr',
      { 'data-id': String(resource.id) },
      ...section.columns.map((column) => h('td', {}, cellText(column, resource))),
      h('td', { class: 'row-buttons' }, ...rowButtons(context, section, resource, onAction)),
    ),
  );
  return h('table', {}, h('thead', {}, head), h('tbody', {}, ...rows));
}

function rowButtons(context: ShellContext, section: PanelResourceSection, resource: PanelResource, onAction: ActionHandler): HTMLElement[] {
  const buttons = (section.actions ?? []).map((action) => {
    const button = h('button', { type: 'button' }, action.label);
    button.addEventListener('click', () => onAction(resource, action));
    return button;
  });
  if (section.deletable === false) return buttons;
  const remove = h('button', { type: 'button', class: 'danger' }, 'Delete');
  remove.addEventListener('click', () => void deleteResource(context, section, resource, remove));
  return [...buttons, remove];
}

async function deleteResource(context: ShellContext, section: PanelResourceSection, resource: PanelResource, button: HTMLElement): Promise<void> {
  try {
    await context.api.request('DELETE', `${basePath(section.path)}/${encodeURIComponent(String(resource.id))}`);
    await context.changed();
  } catch (error) {
    button.after(errorLine(error instanceof ApiError ? error.message : String(error)));
  }
}

function showRowAction(context: ShellContext, action: PanelRowAction, resource: PanelResource, holder: HTMLElement): void {
  const name = typeof resource.name === 'string' && resource.name !== '' ? resource.name : String(resource.id);
  holder.replaceChildren(
    renderForm(context, {
      title: `${action.label}: ${name}`,
      fields: action.fields,
      submitLabel: action.label,
      submit: async (values) => {
        await context.api.request(action.method, action.path(resource), action.body ? action.body(values) : values);
        await context.changed();
        return `${action.label}: done`;
      },
    }),
  );
}

/** The collection path without the query string that narrows its list. */
function basePath(path: string): string {
  return path.split('?')[0] ?? path;
}
