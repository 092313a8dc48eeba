import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Id, MessageView } from '../generated/protocol';
import { renderMarkdown } from '../markdown';
import { discard, loadHistory, markRead, now, retry, send, state, typing, users } from '../state/app';
import { typingIn, type Outgoing } from '../state/state';
import { navigate } from './router';

const NEAR_BOTTOM_PX = 80;
const NEAR_TOP_PX = 120;

function time(iso?: string): string {
  return iso ? new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '';
}

function Message({ m, me }: { m: MessageView; me?: string }) {
  const html = useMemo(() => (m.deleted ? '' : renderMarkdown(m.content ?? '')), [m.content, m.deleted]);
  return (
    <li class={`message ${m.author?.id === me ? 'mine' : ''}`} data-seq={m.seq}>
      <div class="meta">
        <strong class="author">{m.author?.display_name ?? m.author?.username ?? 'Deleted user'}</strong>
        <time dateTime={m.created_at}>{time(m.created_at)}</time>
        {m.edited_at && <span class="muted">(edited)</span>}
      </div>
      {m.deleted
        ? <p class="muted deleted">Message deleted</p>
        : <div class="content" dangerouslySetInnerHTML={{ __html: html }} />}
      {(m.reactions ?? []).length > 0 && (
        <ul class="reactions" aria-label="Reactions">
          {m.reactions!.map((r) => <li key={r.emoji} class={r.me ? 'me' : ''}>{r.emoji} {r.count}</li>)}
        </ul>
      )}
    </li>
  );
}

function Pending({ o, name }: { o: Outgoing; name: string }) {
  const html = useMemo(() => renderMarkdown(o.content), [o.content]);
  return (
    <li class={`message mine ${o.status}`} aria-busy={o.status === 'pending'}>
      <div class="meta">
        <strong class="author">{name}</strong>
        <span class="muted">{o.status === 'pending' ? 'Sending…' : 'Not sent'}</span>
      </div>
      <div class="content" dangerouslySetInnerHTML={{ __html: html }} />
      {o.status === 'failed' && (
        <div class="failed-actions" role="alert">
          <span class="error">{o.error ?? 'Failed to send.'}</span>
          <button onClick={() => void retry(o.client_msg_id)}>Retry</button>
          <button onClick={() => discard(o.client_msg_id)}>Discard</button>
        </div>
      )}
    </li>
  );
}

export function MessagePane({ channelId, title, backTo }: { channelId: Id; title: string; backTo: string }) {
  const s = state.value;
  const me = s.user?.id;
  const history = s.history[channelId];
  const outgoing = s.outgoing.filter((o) => o.channel_id === channelId);
  const list = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const anchor = useRef<{ height: number; top: number } | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    stick.current = true;
    setError(null);
    loadHistory(channelId, false).catch(() => setError('Could not load messages.'));
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

  const typers = typingIn(s, channelId, now.value)
    .map((id) => {
      const user = users.value[id] ?? history?.messages.find((m) => m.author?.id === id)?.author;
      return user?.display_name ?? user?.username ?? 'Someone';
    });
  const myName = s.user?.display_name ?? s.user?.username ?? 'You';

  return (
    <main class="pane" aria-label={title}>
      <header class="pane-header">
        <button class="back" aria-label="Back to channels" onClick={() => navigate(backTo)}>‹</button>
        <h2>{title}</h2>
      </header>
      <div class="messages" ref={list} onScroll={() => void onScroll()} role="log" aria-live="polite" aria-label={`Messages in ${title}`} tabIndex={0}>
        {history?.reachedStart && <p class="muted start">This is the beginning of {title}.</p>}
        {loadingOlder && <p class="muted start" role="status">Loading older messages…</p>}
        {error && <p class="error" role="alert">{error}</p>}
        <ol class="message-list">
          {history?.messages.map((m) => <Message key={m.id} m={m} me={me} />)}
          {outgoing.map((o) => <Pending key={o.client_msg_id} o={o} name={myName} />)}
        </ol>
      </div>
      <p class="typing" aria-live="polite">{typers.length > 0 ? `${typers.join(', ')} ${typers.length > 1 ? 'are' : 'is'} typing…` : ''}</p>
      <Composer channelId={channelId} title={title} onSent={() => { stick.current = true; }} />
    </main>
  );
}

function Composer({ channelId, title, onSent }: { channelId: Id; title: string; onSent: () => void }) {
  const [text, setText] = useState('');
  function submit(e?: Event) {
    e?.preventDefault();
    const content = text.trim();
    if (!content) return;
    send(channelId, content);
    setText('');
    onSent();
  }
  return (
    <form class="composer" onSubmit={submit}>
      <label for="composer-input" class="visually-hidden">Message {title}</label>
      <textarea id="composer-input" rows={1} placeholder={`Message ${title}`} value={text} maxLength={4000}
                onInput={(e) => { setText(e.currentTarget.value); if (e.currentTarget.value) typing(channelId); }}
                onKeyDown={(e) => { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) submit(e); }} />
      <button type="submit" class="primary" aria-label="Send message">Send</button>
    </form>
  );
}
