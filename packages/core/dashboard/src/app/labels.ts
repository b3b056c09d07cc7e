/**
 * How the shell labels a panel, from the stability its package declares. Panels never label
 * themselves, so promoting a plugin (its package.json says "stable") removes every mark.
 */
export type Stability = 'stable' | 'preview';

export interface PanelMarks {
  /** A "Preview" badge on the panel heading, its menu entry and each of its forms. */
  badge: boolean;
  /** The one line under the heading. */
  banner: string | undefined;
}

export const PREVIEW_BADGE_TEXT = 'Preview';

export function panelMarks(stability: Stability, service: string): PanelMarks {
  if (stability !== 'preview') return { badge: false, banner: undefined };
  return {
    badge: true,
    banner: `${service} is a preview service: its API and data may change or be dropped in a later release.`,
  };
}
