import { useEffect } from 'preact/hooks';
import { session, state, status } from '../state/app';
import { AuthPage, afterAuth } from './Auth';
import { InvitePage } from './InvitePage';
import { MessagePane } from './MessagePane';
import { Rail } from './Rail';
import { onShortcut } from './keyboard';
import { parse, path, navigate } from './router';
import { CommunitySidebar, HomeSidebar, conversationName } from './Sidebar';

function ConnectionBanner() {
  const s = status.value;
  if (s === 'live' || s === 'stopped') return null;
  const text = s === 'reconnecting' ? 'Reconnecting…' : 'Connecting…';
  return <div class={`banner ${s}`} role="status" aria-live="polite">{text}</div>;
}

export function App() {
  const route = parse(path.value);
  const loggedIn = session.value !== null;

  useEffect(() => {
    window.addEventListener('keydown', onShortcut);
    return () => window.removeEventListener('keydown', onShortcut);
  }, []);

  useEffect(() => {
    if (!loggedIn && route.name !== 'login' && route.name !== 'register' && route.name !== 'invite') navigate('/login', true);
    if (loggedIn && (route.name === 'login' || route.name === 'register')) navigate(afterAuth(), true);
  }, [loggedIn, route.name]);

  if (route.name === 'invite') return <InvitePage code={route.code} />;
  if (!loggedIn || route.name === 'login' || route.name === 'register') {
    return <AuthPage mode={route.name === 'register' ? 'register' : 'login'} />;
  }

  const s = state.value;
  let sidebar;
  let pane = null;
  if (route.name === 'community') {
    const community = s.communities.find((c) => c.community.id === route.communityId);
    sidebar = community
      ? <CommunitySidebar community={community} channelId={route.channelId} />
      : <aside class="sidebar"><p class="muted empty">{status.value === 'live' ? 'No such community.' : 'Loading…'}</p></aside>;
    const channel = community?.channels.find((c) => c.id === route.channelId);
    if (community && channel) {
      pane = <MessagePane channelId={channel.id} title={`#${channel.name}`} backTo={`/channels/${community.community.id}`}
                          communityId={community.community.id} />;
    }
  } else {
    sidebar = <HomeSidebar conversationId={route.conversationId} />;
    const conv = s.conversations.find((c) => c.id === route.conversationId);
    const peers = (conv?.participants ?? []).map((p) => p.id).filter((id) => id !== s.user?.id);
    if (conv) pane = <MessagePane channelId={conv.id} title={conversationName(conv, s.user?.id)} backTo="/channels/@me" peers={peers} />;
  }

  return (
    <div class={`shell ${pane ? 'has-pane' : ''}`}>
      <ConnectionBanner />
      <Rail activeId={route.name === 'community' ? route.communityId : undefined} />
      {sidebar}
      {pane ?? <main class="pane empty-pane"><p class="muted">{s.user ? 'Pick a channel or a conversation.' : 'Loading…'}</p></main>}
    </div>
  );
}
