import type { DashboardPanel } from '../contract/panel.js';
import { previewBadge } from './badge.js';
import { h } from './dom.js';
import { renderActionSection } from './render-action-section.js';
import { renderResourceSection } from './render-resource-section.js';
import type { ShellContext } from './shell-context.js';

/** One panel: heading (with the badge), the banner, then its sections, all drawn by the shell. */
export function renderPanel(context: ShellContext, panel: DashboardPanel, id: string): HTMLElement {
  return h(
    'article',
    { class: 'panel', 'data-panel': id },
    h('h2', {}, panel.title, previewBadge(context.marks)),
    context.marks.banner ? h('p', { class: 'preview-banner', role: 'note' }, context.marks.banner) : undefined,
    panel.description ? h('p', { class: 'panel-description' }, panel.description) : undefined,
    ...panel.sections.map((section) => (section.kind === 'resources' ? renderResourceSection(context, section) : renderActionSection(context, section))),
  );
}
