import { useEffect, useState } from 'preact/hooks';
import type { ConversationView, InviteView } from '../generated/protocol';
import { createInvite, describeError, logout, openDm, session, state } from '../state/app';
import type { CommunityState } from '../state/state';
import { navigate } from './router';
import { AccountSettings } from './AccountSettings';
import { Modal } from './Modal';
import { anySettings, settingsAccess } from '../state/permissions';
import { CommunitySettings } from './settings/CommunitySettings';
import { GroupDialog, GroupSettings } from './GroupDialog';

export function conversationName(c: ConversationView, me?: string): string {
  if (c.name) return c.name;
  const others = (c.participants ?? []).filter((p) => p.id !== me);
  return others.map((p) => p.display_name ?? p.username ?? '?').join(', ') || 'Just you';
}

function presenceOf(c: ConversationView, me?: string): string {
  const other = (c.participants ?? []).find((p) => p.id !== me);
  return (other && state.value.presences[other.id]) || 'offline';
}

function PresenceDot({ status }: { status: string }) {
  return <span class={`presence ${status}`} role="img" aria-label={status} title={status} />;
}

export function CommunitySidebar({ community, channelId }: { community: CommunityState; channelId?: string }) {
  const [inviting, setInviting] = useState(false);
  const [settings, setSettings] = useState(false);
  const s = state.value;
  const categories = community.channels.filter((c) => c.type === 'category');
  const uncategorized = community.channels.filter((c) => c.type !== 'category' && !c.parent_id);
  const groups = [{ id: '', name: null as string | null, channels: uncategorized },
    ...categories.map((cat) => ({ id: cat.id, name: cat.name ?? '', channels: community.channels.filter((c) => c.parent_id === cat.id) }))];
  return (
    <aside class="sidebar" aria-label={`${community.community.name} channels`}>
      <header class="sidebar-header">
        <h2>{community.community.name}</h2>
        <span class="header-actions">
          <button onClick={() => setInviting(true)} aria-label="Invite people">Invite</button>
          {anySettings(settingsAccess(community)) && <button onClick={() => setSettings(true)} aria-label="Community settings">⚙</button>}
        </span>
      </header>
      <div class="scroll">
        {groups.map((g) => (
          <section key={g.id} aria-label={g.name ?? 'Channels'}>
            {g.name && <h3 class="category">{g.name}</h3>}
            <ul class="channel-list">
              {g.channels.map((ch) => {
                const rs = s.readStates[ch.id];
                const unread = (rs?.unread_count ?? 0) > 0;
                return (
                  <li key={ch.id}>
                    <a href={`/channels/${community.community.id}/${ch.id}`}
                       class={`channel ${ch.id === channelId ? 'active' : ''} ${unread ? 'unread' : ''}`}
                       aria-current={ch.id === channelId ? 'page' : undefined}
                       onClick={(e) => { e.preventDefault(); navigate(`/channels/${community.community.id}/${ch.id}`); }}>
                      <span aria-hidden="true">#</span> {ch.name}
                      {(rs?.mention_count ?? 0) > 0 && <span class="badge" role="img" aria-label={`${rs!.mention_count} mentions`}>{rs!.mention_count}</span>}
                      {unread && !rs?.mention_count && <span class="visually-hidden">, unread</span>}
                    </a>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
      <UserBar />
      {inviting && <InviteDialog communityId={community.community.id} onClose={() => setInviting(false)} />}
      {settings && <CommunitySettings communityId={community.community.id} onClose={() => setSettings(false)} />}
    </aside>
  );
}

function InviteDialog({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const [invite, setInvite] = useState<InviteView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    createInvite(communityId).then(setInvite, (e) => setError(describeError(e)));
  }, [communityId]);
  const link = invite ? `${location.origin}/invite/${invite.code}` : '';
  return (
    <Modal title="Invite people" onClose={onClose}>
      {error && <p class="error" role="alert">{error}</p>}
      {!invite && !error && <p>Creating an invite…</p>}
      {invite && (
        <>
          <label>Invite link<input readOnly value={link} name="invite_link" onFocus={(e) => e.currentTarget.select()} /></label>
          <p class="muted">{invite.expires_at ? `Expires ${new Date(invite.expires_at).toLocaleString()}.` : 'Never expires.'}</p>
          <div class="actions">
            <button type="button" onClick={() => { void navigator.clipboard?.writeText(link).then(() => setCopied(true)); }}>
              {copied ? 'Copied' : 'Copy link'}
            </button>
            <button type="button" class="primary" onClick={onClose}>Done</button>
          </div>
        </>
      )}
    </Modal>
  );
}

export function HomeSidebar({ conversationId }: { conversationId?: string }) {
  const [username, setUsername] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [grouping, setGrouping] = useState(false);
  const [managing, setManaging] = useState<string | null>(null);
  const s = state.value;
  const me = s.user?.id;
  const managed = s.conversations.find((c) => c.id === managing);
  async function start(e: Event) {
    e.preventDefault();
    setError(null);
    try {
      await openDm(username.trim());
      setUsername('');
    } catch (err) {
      setError(describeError(err));
    }
  }
  return (
    <aside class="sidebar" aria-label="Direct messages">
      <header class="sidebar-header">
        <h2>Direct messages</h2>
        <button class="new-group" onClick={() => setGrouping(true)} aria-label="New group" title="New group">+ Group</button>
      </header>
      {grouping && <GroupDialog onClose={() => setGrouping(false)} />}
      {managed && <GroupSettings conversation={managed} onClose={() => setManaging(null)} />}
      <form class="new-dm" onSubmit={start}>
        <label class="visually-hidden" for="dm-user">Start a conversation with (username)</label>
        <input id="dm-user" placeholder="Message a username" value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
        <button type="submit" aria-label="Open direct message">Open</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="scroll">
        <ul class="channel-list">
          {s.conversations.map((c) => {
            const rs = s.readStates[c.id];
            const unread = rs?.unread_count ?? 0;
            const last = c.last_message;
            return (
              <li key={c.id} class={c.kind === 'group' ? 'with-settings' : ''}>
                <a href={`/channels/@me/${c.id}`} class={`channel conversation ${c.id === conversationId ? 'active' : ''} ${unread ? 'unread' : ''}`}
                   aria-current={c.id === conversationId ? 'page' : undefined}
                   onClick={(e) => { e.preventDefault(); navigate(`/channels/@me/${c.id}`); }}>
                  <span class="name">
                    {c.kind === 'dm' && <PresenceDot status={presenceOf(c, me)} />} {conversationName(c, me)}
                  </span>
                  {last && <span class="preview">{last.deleted ? 'Message deleted' : `${last.author?.id === me ? 'You: ' : ''}${last.content ?? ''}`}</span>}
                  {unread > 0 && <span class="badge" role="img" aria-label={`${unread} unread`}>{unread}</span>}
                </a>
                {c.kind === 'group' && (
                  <button type="button" class="row-settings" aria-label={`Settings of ${conversationName(c, me)}`} onClick={() => setManaging(c.id)}>⚙</button>
                )}
              </li>
            );
          })}
          {s.conversations.length === 0 && <li class="muted empty">No conversations yet.</li>}
        </ul>
      </div>
      <UserBar />
    </aside>
  );
}

function UserBar() {
  const [settings, setSettings] = useState(false);
  const user = state.value.user ?? session.value?.user;
  return (
    <footer class="user-bar">
      <span class="who"><strong>{user?.display_name ?? user?.username}</strong><span class="muted">@{user?.username}</span></span>
      <span class="user-actions">
        <button onClick={() => setSettings(true)} aria-label="Account settings">⚙</button>
        <button onClick={() => void logout()}>Log out</button>
      </span>
      {settings && <AccountSettings onClose={() => setSettings(false)} />}
    </footer>
  );
}
