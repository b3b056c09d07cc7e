import type { PanelActionSection } from '../contract/panel.js';
import { h } from './dom.js';
import { renderForm } from './render-form.js';
import type { ShellContext } from './shell-context.js';

/** A question put to the API (a packet to evaluate): the form, and the answer in one line under it. */
export function renderActionSection(context: ShellContext, section: PanelActionSection): HTMLElement {
  return h(
    'section',
    { class: 'action-section' },
    h('h3', {}, section.title),
    section.description ? h('p', {}, section.description) : undefined,
    renderForm(context, {
      title: section.title,
      fields: section.fields,
      submitLabel: 'Send',
      submit: async (values) => section.result(await context.api.request(section.method, section.path, section.body ? section.body(values) : values)),
    }),
  );
}
