import type { Api } from './api.js';
import { h } from './dom.js';
import type { Session } from './session.js';

/**
 * The project the dashboard works in. Empty means every project the caller may see (an admin:
 * all of them). The suggestions are what GET /projects lists; an admin may type any project id.
 */
export function renderProjectPicker(api: Api, session: Session, onPick: (project: string) => void): HTMLElement {
  const input = h('input', { id: 'acting-project', type: 'text', list: 'known-projects', value: session.actingProject, placeholder: 'all visible projects' });
  const known = h('datalist', { id: 'known-projects' });
  const apply = h('button', { type: 'button' }, 'Use project');
  apply.addEventListener('click', () => onPick(input.value.trim()));
  void api.request<{ projects: Array<{ id: string }> }>('GET', '/projects').then(
    (body) => known.replaceChildren(...body.projects.map((project) => h('option', { value: project.id }))),
    () => undefined,
  );
  return h('span', { class: 'project-picker' }, h('label', { for: 'acting-project' }, 'Project'), input, known, apply);
}
