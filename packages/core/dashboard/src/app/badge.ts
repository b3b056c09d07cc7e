import { h } from './dom.js';
import { PREVIEW_BADGE_TEXT, type PanelMarks } from './labels.js';

/** The Preview badge, or nothing for a stable panel. */
export function previewBadge(marks: PanelMarks): HTMLElement | undefined {
  return marks.badge ? h('span', { class: 'badge preview-badge', title: marks.banner }, PREVIEW_BADGE_TEXT) : undefined;
}
