import { memo } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageView } from '../generated/protocol';
import type { MentionNames } from '../markdown';
import { deleteMessage, describeError, discard, editMessage, retry, toggleReaction } from '../state/app';
import { setPinned } from '../state/pins';
import type { Outgoing } from '../state/state';
import { LazyEmojiPicker } from './LazyEmojiPicker';
import { useMarkdown } from './useMarkdown';

/** The virtualized list measures each row: its index and the ref that measures it go on the root. */
type Measure = (el: Element | null) => void;

/** The quick reactions offered on every message; "More emoji" opens the full picker. */
export const QUICK_REACTIONS = ['👍', '❤️', '😂', '🎉', '😮', '👀'];

function time(iso?: string): string {
  return iso ? new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '';
}

function authorName(m?: MessageView): string {
  return m?.author?.display_name ?? m?.author?.username ?? 'Deleted user';
}

export function ReplyPreview({ target }: { target?: MessageView }) {
  return (
    <p class="reply-preview muted">
      <span aria-hidden="true">↪ </span>
      {target
        ? <><strong>{authorName(target)}</strong> {target.deleted ? 'Message deleted' : (target.content ?? '').slice(0, 120)}</>
        : 'Original message not loaded'}
    </p>
  );
}

const RECEIPTS = { sent: { mark: '', label: 'Sent' }, delivered: { mark: '✓', label: 'Delivered' }, read: { mark: '✓✓', label: 'Read' } };

/**
 * One message. Memoized: a new page of history or a new message re-renders the list, but only the
 * items whose props changed (messages are immutable objects, replaced when they change).
 */
export const MessageItem = memo(function MessageItem({ m, me, replyTarget, onReply, receipt, index, measure, names, canPin }: {
  m: MessageView; me?: string; replyTarget?: MessageView; onReply: (m: MessageView) => void;
  receipt?: 'sent' | 'delivered' | 'read'; index: number; measure: Measure; names?: MentionNames; canPin?: boolean;
}) {
  const html = useMarkdown(m.deleted ? '' : m.content ?? '', names);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [picking, setPicking] = useState<false | 'quick' | 'all'>(false);
  const [error, setError] = useState<string | null>(null);
  const mine = m.author?.id === me;
  const run = (p: Promise<unknown>) => p.catch((e) => setError(describeError(e)));

  return (
    // focusable, so keyboard and touch users reach the actions (shown while it holds focus)
    <li class={`message ${mine ? 'mine' : ''}`} data-seq={m.seq} data-index={index} ref={measure} tabIndex={0}>
      {m.reply_to_id && <ReplyPreview target={replyTarget} />}
      <div class="meta">
        <strong class="author">{authorName(m)}</strong>
        <time dateTime={m.created_at}>{time(m.created_at)}</time>
        {m.edited_at && !m.deleted && <span class="muted">(edited)</span>}
        {m.pinned && !m.deleted && <span class="pinned-mark" role="img" aria-label="Pinned" title="Pinned">📌</span>}
        {receipt && receipt !== 'sent' && (
          <span class={`receipt ${receipt}`} role="img" aria-label={RECEIPTS[receipt].label} title={RECEIPTS[receipt].label}>
            {RECEIPTS[receipt].mark}
          </span>
        )}
      </div>
      {m.deleted && <p class="muted deleted">Message deleted</p>}
      {!m.deleted && !editing && <div class="content" dangerouslySetInnerHTML={{ __html: html }} />}
      {editing && <EditBox m={m} onDone={() => setEditing(false)} onError={setError} />}
      {(m.reactions ?? []).length > 0 && (
        <ul class="reactions" aria-label="Reactions">
          {m.reactions!.map((r) => (
            <li key={r.emoji}>
              <button class={r.me ? 'me' : ''} aria-pressed={r.me} aria-label={`${r.emoji} ${r.count}, ${r.me ? 'remove your reaction' : 'react'}`}
                      onClick={() => void run(toggleReaction(m, r.emoji ?? ''))}>{r.emoji} {r.count}</button>
            </li>
          ))}
        </ul>
      )}
      {!m.deleted && !editing && (
        <div class="message-actions" role="toolbar" aria-label="Message actions">
          <button aria-label="Add reaction" aria-expanded={picking !== false} onClick={() => setPicking(picking ? false : 'quick')}>☺</button>
          <button aria-label="Reply" onClick={() => onReply(m)}>↪</button>
          {canPin && (
            <button aria-label={m.pinned ? 'Unpin message' : 'Pin message'} onClick={() => void run(setPinned(m, !m.pinned))}>📌</button>
          )}
          {mine && <button aria-label="Edit message" onClick={() => setEditing(true)}>✎</button>}
          {mine && <button aria-label="Delete message" onClick={() => setConfirming(true)}>🗑</button>}
        </div>
      )}
      {picking === 'quick' && (
        <div class="picker" role="group" aria-label="Pick a reaction">
          {QUICK_REACTIONS.map((e) => (
            <button key={e} aria-label={`React with ${e}`} onClick={() => { setPicking(false); void run(toggleReaction(m, e)); }}>{e}</button>
          ))}
          <button aria-label="More emoji" onClick={() => setPicking('all')}>＋</button>
        </div>
      )}
      {picking === 'all' && (
        <LazyEmojiPicker frequent={QUICK_REACTIONS} onClose={() => setPicking(false)}
                         onPick={(e) => { setPicking(false); void run(toggleReaction(m, e)); }} />
      )}
      {confirming && (
        <div class="confirm" role="alertdialog" aria-label="Delete this message?">
          <span>Delete this message?</span>
          <button class="danger" onClick={() => { setConfirming(false); void run(deleteMessage(m)); }}>Delete</button>
          <button onClick={() => setConfirming(false)}>Cancel</button>
        </div>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </li>
  );
});

function EditBox({ m, onDone, onError }: { m: MessageView; onDone: () => void; onError: (e: string) => void }) {
  const [text, setText] = useState(m.content ?? '');
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  async function save() {
    const content = text.trim();
    if (!content || content === m.content) { onDone(); return; }
    try {
      await editMessage(m, content);
      onDone();
    } catch (e) {
      onError(describeError(e));
    }
  }
  return (
    <form class="edit" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <label class="visually-hidden" for={`edit-${m.id}`}>New text of the message</label>
      <textarea id={`edit-${m.id}`} value={text} maxLength={4000} ref={box}
                onInput={(e) => setText(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') onDone();
                  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); void save(); }
                }} />
      <div class="actions"><button type="button" onClick={onDone}>Cancel</button><button type="submit" class="primary">Save</button></div>
    </form>
  );
}

export function PendingItem({ o, name, index, measure, names }: {
  o: Outgoing; name: string; index: number; measure: Measure; names?: MentionNames;
}) {
  const html = useMarkdown(o.content, names);
  return (
    <li class={`message mine ${o.status}`} aria-busy={o.status === 'pending'} data-index={index} ref={measure}>
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
