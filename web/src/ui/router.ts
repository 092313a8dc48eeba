// Client-side routes. The server answers index.html for any path without a dot, so these URLs
// survive a reload and can be shared: /login, /register, /channels/@me[/DM], /channels/C/CH, /invite/CODE.
import { signal } from '@preact/signals';

export const path = signal(typeof location === 'undefined' ? '/' : location.pathname);

export function navigate(to: string, replace = false): void {
  if (typeof history === 'undefined') { path.value = to; return; }
  if (to === location.pathname) return;
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  path.value = to;
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => { path.value = location.pathname; });
}

export type Route =
  | { name: 'login' }
  | { name: 'register' }
  | { name: 'invite'; code: string }
  | { name: 'home'; conversationId?: string }
  | { name: 'community'; communityId: string; channelId?: string };

export function parse(p: string): Route {
  const parts = p.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'login') return { name: 'login' };
  if (parts[0] === 'register') return { name: 'register' };
  if (parts[0] === 'invite' && parts[1]) return { name: 'invite', code: parts[1] };
  if (parts[0] === 'channels' && parts[1] && parts[1] !== '@me') return { name: 'community', communityId: parts[1], channelId: parts[2] };
  return { name: 'home', conversationId: parts[0] === 'channels' ? parts[2] : undefined };
}
