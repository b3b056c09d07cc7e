/**
 * Who the dashboard acts as. Kept in sessionStorage: it lasts while the tab is open and is never
 * shared with other tabs or written to disk as a cookie would be.
 */
export interface Session {
  /** With `auth_strategy = "token"`: the X-Auth-Token. Empty for noauth. */
  token: string;
  /** noauth: the X-Project-Id sent. */
  projectId: string;
  /** noauth: sends X-Roles: admin. */
  admin: boolean;
  /** An admin's chosen project: lists are narrowed to it and creates are made in it. Empty: every project. */
  actingProject: string;
}

const KEY = 'switchyard.dashboard.session';

export function readSession(storage: Pick<Storage, 'getItem'>): Session | undefined {
  const text = storage.getItem(KEY);
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Session>;
    return {
      token: String(value.token ?? ''),
      projectId: String(value.projectId ?? ''),
      admin: value.admin === true,
      actingProject: String(value.actingProject ?? ''),
    };
  } catch {
    return undefined;
  }
}

export function writeSession(storage: Pick<Storage, 'setItem'>, session: Session): void {
  storage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(KEY);
}
