import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Id, MessageView } from '../generated/protocol';
import { renderMarkdown } from '../markdown';
import { loadHistory, loadReceipts, markRead, now, setShownChannel, state, users } from '../state/app';
import { communityCandidates, mentionNames, userCandidate, type MentionCandidate } from '../state/mentions';
import { canPinIn } from '../state/pins';
import { receiptOf, typingIn } from '../state/state';
import { buildRows, firstUnreadLoaded, type Row, type UnreadMark } from '../state/timeline';
import { Composer } from './Composer';
import { MemberList, loadMembers } from './MemberList';
import { MessageItem, PendingItem } from './MessageItem';
import { MessageList, type ListHandle } from './MessageList';
import { PinsPanel } from './PinsPanel';
import { navigate } from './router';

function day(iso?: string): string {
  return iso ? new Date(iso).toLocaleDateString([], { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }) : '';
}

/** `peers`: the other participants of a DM or group (they get read receipts); absent in community channels. */
export function MessagePane({ channelId, title, backTo, peers, communityId }: {
  channelId: Id; title: string; backTo: string; peers?: Id[]; communityId?: Id;
}) {
  // The member list is a standing choice (open by default on wide screens, kept across channels,
  // DMs and communities, since the pane is reused); the pins panel covers it while open.
  const [membersOpen, setMembersOpen] = useState(() => typeof matchMedia !== 'undefined' && matchMedia('(min-width: 1100px)').matches);
  const [pinsOpen, setPinsOpen] = useState(false);
  const side = pinsOpen ? 'pins' : communityId && membersOpen ? 'members' : null;
  const s = state.value;
  const me = s.user?.id;
  const history = s.history[channelId];
  const outgoing = s.outgoing.filter((o) => o.channel_id === channelId);
  const [error, setError] = useState<string | null>(null);
  const [replyTo, setReplyTo] = useState<MessageView | undefined>(undefined);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [canPin, setCanPin] = useState(!communityId);
  const list = useRef<ListHandle | null>(null);
  // where the reader had read up to when they opened the channel: the divider stays put while they read
  const [mark, setMark] = useState<UnreadMark | null>(null);

  useEffect(() => {
    setShownChannel(channelId);
    setError(null);
    setReplyTo(undefined);
    const rs = state.value.readStates[channelId];
    setMark(rs && rs.unread_count > 0 ? { readSeq: rs.read_seq, count: rs.unread_count } : null);
    loadHistory(channelId, false)
      .then(() => (peers ? loadReceipts(channelId) : undefined))
      .catch(() => setError('Could not load messages.'));
    setCanPin(!communityId);
    if (communityId && me) canPinIn(channelId, me).then(setCanPin, () => setCanPin(false));
    if (communityId && !state.value.members[communityId]) void loadMembers(communityId).catch(() => undefined);
    return () => setShownChannel(null);
  }, [channelId]);

  const last = history?.messages[history.messages.length - 1];
  const lastSeq = last?.seq;
  // The list is a log with its live region off (the virtualizer adds rows while scrolling back,
  // which must not be read out); a message from someone else arriving is announced here instead.
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef<{ channel: Id; id?: Id } | null>(null);
  useEffect(() => {
    const seen = announced.current;
    announced.current = { channel: channelId, id: last?.id };
    if (!last || !seen || seen.channel !== channelId || !seen.id || seen.id === last.id) return;
    if (last.author?.id !== me && !last.deleted) {
      // the rendered text (mentions by name), not the markdown source; sanitized, never attached
      const text = document.createElement('div');
      text.innerHTML = renderMarkdown(last.content ?? '', names);
      setAnnouncement(`${last.author?.display_name ?? last.author?.username ?? 'Someone'}: ${(text.textContent ?? '').trim().slice(0, 300)}`);
    }
  }, [last?.id, channelId]);
  const atEnd = useRef(true);
  const onScrolled = (bottom: boolean) => {
    atEnd.current = bottom;
    if (bottom && document.visibilityState === 'visible') void markRead(channelId);
  };
  useEffect(() => { if (atEnd.current && document.visibilityState === 'visible') void markRead(channelId); }, [lastSeq, channelId]);

  async function loadOlder(): Promise<void> {
    setLoadingOlder(true);
    try {
      await loadHistory(channelId, true);
    } catch {
      setError('Could not load older messages.');
    } finally {
      setLoadingOlder(false);
    }
  }

  /** Loads older pages until the first unread message is in, then scrolls to the divider. */
  async function jumpToUnread(): Promise<void> {
    if (!mark) return;
    atEnd.current = false;
    for (;;) {
      const h = state.value.history[channelId];
      if (!h || firstUnreadLoaded(h.messages, h.reachedStart, mark.readSeq)) break;
      await loadOlder();
    }
    // the divider's row renders with the new rows: scroll once they are laid out
    requestAnimationFrame(() => list.current?.toDivider());
  }

  const community = communityId ? s.communities.find((c) => c.community.id === communityId) : undefined;
  const members = communityId ? s.members[communityId] : undefined;
  const conversation = communityId ? undefined : s.conversations.find((c) => c.id === channelId);
  const names = useMemo(() => mentionNames(
    [...(conversation?.participants ?? []), ...Object.values(users.value), ...(s.user ? [{ ...s.user, deleted: false }] : [])],
    members ?? [], community?.roles ?? []), [members, community?.roles, conversation?.participants, users.value]);
  const candidates = useMemo<MentionCandidate[]>(() => (communityId
    ? communityCandidates(members ?? [], community?.roles ?? [])
    : (conversation?.participants ?? []).filter((p) => p.id !== me).map((p) => userCandidate(p))),
  [members, community?.roles, conversation?.participants, me]);

  const rows = useMemo(() => buildRows(history?.messages ?? [], outgoing, mark?.readSeq ?? null, me, day),
    [history?.messages, s.outgoing, mark, me]);
  const byId = useMemo(() => new Map((history?.messages ?? []).map((m) => [m.id, m])), [history?.messages]);
  const typers = typingIn(s, channelId, now.value).map((id) => {
    const user = users.value[id] ?? history?.messages.find((m) => m.author?.id === id)?.author;
    return user?.display_name ?? user?.username ?? 'Someone';
  });
  const myName = s.user?.display_name ?? s.user?.username ?? 'You';

  function renderRow(row: Row, index: number, measure: (el: Element | null) => void) {
    switch (row.kind) {
      case 'head':
        return (
          <li key={row.key} data-index={index} ref={measure} class="list-head">
            {history?.reachedStart && <p class="muted start">This is the beginning of {title}.</p>}
            {error && <p class="error" role="alert">{error}</p>}
          </li>
        );
      case 'day':
        // a list may hold only list items: the separator role goes on the item's content
        return <li key={row.key} data-index={index} ref={measure} class="separator"><span role="separator" aria-label={row.label}>{row.label}</span></li>;
      case 'new':
        return <li key={row.key} data-index={index} ref={measure} class="separator new"><span role="separator" aria-label="New messages">New messages</span></li>;
      case 'pending':
        return <PendingItem key={row.key} o={row.outgoing} name={myName} index={index} measure={measure} names={names} />;
      case 'message': {
        const m = row.message;
        return (
          <MessageItem key={row.key} m={m} me={me} replyTarget={m.reply_to_id ? byId.get(m.reply_to_id) : undefined}
                       onReply={setReplyTo} index={index} measure={measure} names={names} canPin={canPin}
                       receipt={peers && m.author?.id === me && !m.deleted ? receiptOf(s, channelId, m.seq, peers) : undefined} />
        );
      }
    }
  }

  const toggle = (which: 'members' | 'pins') => {
    if (which === 'pins') setPinsOpen(!pinsOpen);
    else if (pinsOpen) { setPinsOpen(false); setMembersOpen(true); }
    else setMembersOpen(!membersOpen);
  };
  return (
    <main class="pane" aria-label={title}>
      <header class="pane-header">
        <button class="back" aria-label="Back to channels" onClick={() => navigate(backTo)}>‹</button>
        <h2>{title}</h2>
        <div class="pane-tools">
          <button class="toggle-pins" aria-pressed={side === 'pins'} onClick={() => toggle('pins')}>Pins</button>
          {communityId && (
            <button class="toggle-members" aria-pressed={side === 'members'} onClick={() => toggle('members')}>Members</button>
          )}
        </div>
      </header>
      <div class="pane-body">
        <div class="pane-main">
          {/* over the list, not in it: a row changing height above the reader would move what they read */}
          {loadingOlder && <p class="loading-older" role="status">Loading older messages…</p>}
          <MessageList rows={rows} label={`Messages in ${title}`} canLoadOlder={!!history && !history.reachedStart}
                       onNearTop={loadOlder} onScrolled={onScrolled} mark={mark} onJumpUnread={() => void jumpToUnread()}
                       handle={list} renderRow={renderRow} />
          <p class="visually-hidden" aria-live="polite">{announcement}</p>
          <p class="typing" aria-live="polite">{typers.length > 0 ? `${typers.join(', ')} ${typers.length > 1 ? 'are' : 'is'} typing…` : ''}</p>
          <Composer channelId={channelId} title={title} replyTo={replyTo} onCancelReply={() => setReplyTo(undefined)}
                    candidates={candidates} needCandidates={() => { if (communityId && !members) void loadMembers(communityId).catch(() => undefined); }}
                    onSent={() => list.current?.toPresent()} />
        </div>
        {communityId && side === 'members' && <MemberList communityId={communityId} />}
        {side === 'pins' && <PinsPanel channelId={channelId} names={names} canPin={canPin} onClose={() => setPinsOpen(false)} />}
      </div>
    </main>
  );
}
