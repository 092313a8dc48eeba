// The login session, kept in localStorage so a reload stays logged in. Tokens are bearer tokens
// (never cookies): the strict CSP and the sanitized markdown are what keep scripts from reading them.
import type { Id, TokenResponse, UserSelf } from '../generated/protocol';

export interface StoredSession {
  access_token: string;
  refresh_token: string;
  /** ms since epoch when the access token expires */
  expires_at: number;
  session_id: Id;
  user?: UserSelf;
}

const KEY = 'parley.session';

export function fromTokens(t: TokenResponse, now: number): StoredSession {
  return {
    access_token: t.access_token ?? '',
    refresh_token: t.refresh_token ?? '',
    expires_at: now + t.expires_in * 1000,
    session_id: t.session_id,
    user: t.user,
  };
}

export function loadSession(storage: Storage = localStorage): StoredSession | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as StoredSession;
    return s.access_token && s.refresh_token ? s : null;
  } catch {
    return null;
  }
}

export function saveSession(s: StoredSession | null, storage: Storage = localStorage): void {
  if (s) storage.setItem(KEY, JSON.stringify(s));
  else storage.removeItem(KEY);
}
