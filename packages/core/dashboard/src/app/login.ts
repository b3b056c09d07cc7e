import { ApiError, createApi } from './api.js';
import { errorLine, h } from './dom.js';
import type { Session } from './session.js';

/**
 * Asks for a token (auth_strategy = "token"); without one the dashboard runs as noauth, acting
 * for the project typed here. The token is checked against the server before it is kept.
 */
export function renderLogin(onLogin: (session: Session) => void): HTMLElement {
  const token = h('input', { id: 'login-token', name: 'token', type: 'password', autocomplete: 'off' });
  const project = h('input', { id: 'login-project', name: 'project', type: 'text', placeholder: 'default' });
  const admin = h('input', { id: 'login-admin', name: 'admin', type: 'checkbox' });
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'login', 'data-form': 'login' },
    h('h2', {}, 'Sign in'),
    h('div', { class: 'field' }, h('label', { for: 'login-token' }, 'Token (X-Auth-Token)'), token, h('small', {}, 'Leave empty when the server runs with auth_strategy = "noauth".')),
    h('div', { class: 'field' }, h('label', { for: 'login-project' }, 'Project (noauth only)'), project),
    h('div', { class: 'field' }, h('label', { for: 'login-admin' }, 'Admin (noauth only)'), admin),
    h('button', { type: 'submit' }, 'Sign in'),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const session: Session = { token: token.value.trim(), projectId: project.value.trim(), admin: admin.checked, actingProject: '' };
    void checkSession(session).then(
      () => onLogin(session),
      (error: unknown) => status.replaceChildren(errorLine(error instanceof ApiError ? error.message : String(error))),
    );
  });
  return form;
}

/** A wrong token is refused here, with the server's own words, not on the first panel. */
async function checkSession(session: Session): Promise<void> {
  await createApi(session).request('GET', '/projects');
}
