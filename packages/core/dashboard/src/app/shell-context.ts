import type { Api } from './api.js';
import type { PanelMarks } from './labels.js';

/** What the shell hands every renderer of one panel: the API, the admin's project choice, and the panel's marks. */
export interface ShellContext {
  api: Api;
  actingProject: string;
  marks: PanelMarks;
  /** Registers what to reload after a change: a table, a form's reference options. */
  watch(reload: () => Promise<void>): void;
  /** After a create, delete or action: every table and option list of the panel reloads, since one change shows in several. */
  changed(): Promise<void>;
}

export function createShellContext(base: Pick<ShellContext, 'api' | 'actingProject' | 'marks'>): ShellContext {
  const reloads: Array<() => Promise<void>> = [];
  return {
    ...base,
    watch: (reload) => void reloads.push(reload),
    changed: async () => {
      await Promise.all(reloads.map((reload) => reload()));
    },
  };
}
