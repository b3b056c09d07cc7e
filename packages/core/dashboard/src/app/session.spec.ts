import { describe, expect, it } from 'vitest';
import { clearSession, readSession, writeSession } from './session.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('session', () => {
  it('keeps a session until it is cleared', () => {
    const storage = memoryStorage();
    const session = { token: 't', projectId: '', admin: false, actingProject: 'p1' };
    writeSession(storage, session);
    expect(readSession(storage)).toEqual(session);
    clearSession(storage);
    expect(readSession(storage)).toBeUndefined();
  });

  it('treats unreadable storage as signed out', () => {
    const storage = memoryStorage();
    storage.setItem('switchyard.dashboard.session', '{not json');
    expect(readSession(storage)).toBeUndefined();
  });
});
