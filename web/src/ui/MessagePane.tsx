import type { VNode } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Id, MessageView } from '../generated/protocol';
import { loadHistory, loadReceipts, markRead, now, state, users } from '../state/app';
import { compareIds, receiptOf, typingIn } from '../state/state';
import { Composer } from './Composer';
import { MemberList } from './MemberList';
import { MessageItem, PendingItem } from './MessageItem';
import { navigate } from './router';

const NEAR_BOTTOM_PX = 80;
const NEAR_TOP_PX = 120;

function day(iso?: string): string {
  return iso ? new Date(iso).toLocaleDateString([], { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }) : '';
}

/** Messages with date separators, and a "new messages" divider before the first unread one. */
function rows(messages: MessageView[], readSeqAtOpen: string | null, me: string | undefined,
             render: (m: MessageView) => VNode): VNode[] {
  const out: VNode[] = [];
  let lastDay = '';
  let divided = false;
  for (const m of messages) {
    const d = day(m.created_at);
    if (d !== lastDay) {
      out.push(<li key={`day-${d}`} class="separator" role="separator" aria-label={d}><span>{d}</span></li>);
      lastDay = d;
    }
    if (!divided && readSeqAtOpen !== null && m.author?.id !== me && compareIds(m.seq, readSeqAtOpen) > 0) {
      out.push(<li key="new" class="separator new" role="separator" aria-label="New messages"><span>New messages</span></li>);
      divided = true;
    }
    out.push(render(m));
  }
  return out;
}

/** `peers`: the other participants of a DM or group (they get read receipts); absent in community channels. */
export function MessagePane({ channelId, title, backTo, peers, communityId }: {
  channelId: Id; title: string; backTo: string; peers?: Id[]; communityId?: Id;
}) {
  const [showMembers, setShowMembers] = useState(() => typeof matchMedia !== 'undefined' && matchMedia('(min-width: 1100px)').matches);
  const s = state.value;
  const me = s.user?.id;
  const history = s.history[channelId];
  const outgoing = s.outgoing.filter((o) => o.channel_id === channelId);
  const list = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const anchor = useRef<{ height: number; top: number } | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [replyTo, setReplyTo] = useState<MessageView | undefined>(undefined);
  // where the reader had read up to when they opened the channel: the divider stays put while they read
  const [readSeqAtOpen, setReadSeqAtOpen] = useState<string | null>(null);

  useEffect(() => {
    stick.current = true;
    setError(null);
    setReplyTo(undefined);
    const rs = state.value.readStates[channelId];
    setReadSeqAtOpen(rs && rs.unread_count > 0 ? rs.read_seq : null);
    loadHistory(channelId, false)
      .then(() => (peers ? loadReceipts(channelId) : undefined))
      .catch(() => setError('Could not load messages.'));
  }, [channelId]);

  const count = (history?.messages.length ?? 0) + outgoing.length;
  const lastSeq = history?.messages[history.messages.length - 1]?.seq;
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    if (anchor.current) {
      // older messages were prepended: keep what the reader was looking at in place
      el.scrollTop = el.scrollHeight - anchor.current.height + anchor.current.top;
      anchor.current = null;
    } else if (stick.current) {
      el.scrollTop = el.scrollHeight;
    }
  }, [count, channelId]);

  useEffect(() => {
    if (stick.current && document.visibilityState === 'visible') void markRead(channelId);
  }, [lastSeq, channelId]);

  async function onScroll() {
    const el = list.current;
    if (!el) return;
    stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    if (stick.current) void markRead(channelId);
    if (el.scrollTop < NEAR_TOP_PX && !loadingOlder && history && !history.reachedStart) {
      setLoadingOlder(true);
      anchor.current = { height: el.scrollHeight, top: el.scrollTop };
      try {
        await loadHistory(channelId, true);
      } catch {
        anchor.current = null;
      } finally {
        setLoadingOlder(false);
      }
    }
  }

  const byId = new Map((history?.messages ?? []).map((m) => [m.id, m]));
  const typers = typingIn(s, channelId, now.value).map((id) => {
    const user = users.value[id] ?? history?.messages.find((m) => m.author?.id === id)?.author;
    return user?.display_name ?? user?.username ?? 'Someone';
  });
  const myName = s.user?.display_name ?? s.user?.username ?? 'You';

  return (
    <main class="pane" aria-label={title}>
      <header class="pane-header">
        <button class="back" aria-label="Back to channels" onClick={() => navigate(backTo)}>‹</button>
        <h2>{title}</h2>
        {communityId && (
          <button class="toggle-members" aria-pressed={showMembers} onClick={() => setShowMembers(!showMembers)}>Members</button>
        )}
      </header>
      <div class="pane-body">
      <div class="pane-main">
      <div class="messages" ref={list} onScroll={() => void onScroll()} role="log" aria-live="polite"
           aria-label={`Messages in ${title}`} tabIndex={0}>
        {history?.reachedStart && <p class="muted start">This is the beginning of {title}.</p>}
        {loadingOlder && <p class="muted start" role="status">Loading older messages…</p>}
        {error && <p class="error" role="alert">{error}</p>}
        <ol class="message-list">
          {rows(history?.messages ?? [], readSeqAtOpen, me, (m) => (
            <MessageItem key={m.id} m={m} me={me} replyTarget={m.reply_to_id ? byId.get(m.reply_to_id) : undefined}
                         onReply={setReplyTo}
                         receipt={peers && m.author?.id === me && !m.deleted ? receiptOf(s, channelId, m.seq, peers) : undefined} />
          ))}
          {outgoing.map((o) => <PendingItem key={o.client_msg_id} o={o} name={myName} />)}
        </ol>
      </div>
      <p class="typing" aria-live="polite">{typers.length > 0 ? `${typers.join(', ')} ${typers.length > 1 ? 'are' : 'is'} typing…` : ''}</p>
      <Composer channelId={channelId} title={title} replyTo={replyTo} onCancelReply={() => setReplyTo(undefined)}
                onSent={() => { stick.current = true; }} />
      </div>
      {communityId && showMembers && <MemberList communityId={communityId} />}
      </div>
    </main>
  );
}
