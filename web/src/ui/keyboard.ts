// Keyboard shortcuts: Alt+↑/↓ moves to the previous/next channel (or conversation) of the list
// shown, Alt+Shift+↑/↓ to the previous/next community (Home first). Tab order covers the rest.
import { state } from '../state/app';
import { navigate, parse, path } from './router';

function step<T>(list: T[], current: number, delta: number): T | undefined {
  if (list.length === 0) return undefined;
  return list[(Math.max(current, delta > 0 ? -1 : 0) + delta + list.length) % list.length];
}

export function onShortcut(e: KeyboardEvent): void {
  if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
  const delta = e.key === 'ArrowUp' ? -1 : 1;
  const route = parse(path.value);
  const s = state.value;
  e.preventDefault();
  if (e.shiftKey) {
    const places = ['/channels/@me', ...s.communities.map((c) => {
      const first = c.channels.find((ch) => ch.type === 'text');
      return `/channels/${c.community.id}${first ? `/${first.id}` : ''}`;
    })];
    const current = route.name === 'community' ? s.communities.findIndex((c) => c.community.id === route.communityId) + 1 : 0;
    const to = step(places, current, delta);
    if (to) navigate(to);
    return;
  }
  if (route.name === 'community') {
    const community = s.communities.find((c) => c.community.id === route.communityId);
    const channels = (community?.channels ?? []).filter((c) => c.type !== 'category');
    const to = step(channels, channels.findIndex((c) => c.id === route.channelId), delta);
    if (to) navigate(`/channels/${route.communityId}/${to.id}`);
  } else if (route.name === 'home') {
    const to = step(s.conversations, s.conversations.findIndex((c) => c.id === route.conversationId), delta);
    if (to) navigate(`/channels/@me/${to.id}`);
  }
}
