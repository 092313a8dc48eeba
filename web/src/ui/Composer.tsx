import { useEffect, useRef, useState } from 'preact/hooks';
import type { Id, MessageView } from '../generated/protocol';
import { send, typing } from '../state/app';
import { encodeMentions, insertMention, matchCandidates, mentionQuery, type MentionCandidate } from '../state/mentions';
import { LazyEmojiPicker } from './LazyEmojiPicker';
import { QUICK_REACTIONS, ReplyPreview } from './MessageItem';

/**
 * The message box. Typing `@` lists matching people (and in communities roles, @everyone, @here):
 * ↑/↓ choose, Enter or Tab inserts, Escape closes the list. `needCandidates` asks the pane to load
 * the member list the first time an `@` is typed.
 */
export function Composer({ channelId, title, replyTo, onCancelReply, onSent, candidates, needCandidates }: {
  channelId: Id; title: string; replyTo?: MessageView; onCancelReply: () => void; onSent: () => void;
  candidates: MentionCandidate[]; needCandidates: () => void;
}) {
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [choice, setChoice] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [picked, setPicked] = useState<MentionCandidate[]>([]);
  const [emoji, setEmoji] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => { if (replyTo) input.current?.focus(); }, [replyTo]);

  const q = mentionQuery(text, caret);
  const matches = q && q.start !== dismissed ? matchCandidates(candidates, q.query) : [];
  const open = matches.length > 0;
  useEffect(() => { if (q) needCandidates(); }, [q !== null]);

  function submit(e?: Event) {
    e?.preventDefault();
    const content = encodeMentions(text.trim(), picked);
    if (!content) return;
    send(channelId, content, replyTo?.id);
    setText('');
    setPicked([]);
    onCancelReply();
    onSent();
  }

  function pick(c: MentionCandidate) {
    if (!q) return;
    const next = insertMention(text, q.start, caret, c);
    setText(next.text);
    setPicked([...picked.filter((p) => p.label !== c.label), c]);
    setChoice(0);
    requestAnimationFrame(() => {
      input.current?.focus();
      input.current?.setSelectionRange(next.caret, next.caret);
      setCaret(next.caret);
    });
  }

  function insertEmoji(e: string) {
    const at = input.current?.selectionStart ?? text.length;
    const next = text.slice(0, at) + e + text.slice(at);
    setText(next);
    setEmoji(false);
    requestAnimationFrame(() => {
      input.current?.focus();
      input.current?.setSelectionRange(at + e.length, at + e.length);
      setCaret(at + e.length);
    });
  }

  function onKeyDown(e: KeyboardEvent) {
    if (open) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setChoice((choice + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
        return;
      }
      if ((e.key === 'Enter' || e.key === 'Tab') && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        pick(matches[Math.min(choice, matches.length - 1)]!);
        return;
      }
      if (e.key === 'Escape') { e.preventDefault(); setDismissed(q!.start); return; }
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) submit(e);
    if (e.key === 'Escape' && replyTo) onCancelReply();
  }

  const listId = 'mention-list';
  const active = open ? Math.min(choice, matches.length - 1) : -1;
  return (
    <form class="composer" onSubmit={submit}>
      {replyTo && (
        <div class="replying">
          <ReplyPreview target={replyTo} />
          <button type="button" aria-label="Cancel reply" onClick={onCancelReply}>×</button>
        </div>
      )}
      {open && (
        <ul class="mentions-popup" id={listId} role="listbox" aria-label="People to mention">
          {matches.map((c, i) => (
            <li key={`${c.kind}-${c.id}`} id={`mention-${i}`} role="option" aria-selected={i === active}
                class={i === active ? 'active' : ''} onMouseDown={(e) => { e.preventDefault(); pick(c); }}>
              <strong>@{c.label}</strong> <span class="muted">{c.detail}</span>
            </li>
          ))}
        </ul>
      )}
      {emoji && (
        <div class="composer-emoji">
          <LazyEmojiPicker frequent={QUICK_REACTIONS} onPick={insertEmoji} onClose={() => { setEmoji(false); input.current?.focus(); }} />
        </div>
      )}
      <div class="composer-row">
        <label for="composer-input" class="visually-hidden">Message {title}</label>
        <textarea id="composer-input" ref={input} rows={1} placeholder={`Message ${title}`} value={text} maxLength={4000}
                  aria-autocomplete="list" aria-controls={open ? listId : undefined}
                  aria-activedescendant={open ? `mention-${active}` : undefined}
                  onInput={(e) => {
                    const el = e.currentTarget;
                    setText(el.value);
                    setCaret(el.selectionStart ?? el.value.length);
                    setDismissed(null);
                    if (el.value) typing(channelId);
                  }}
                  onKeyUp={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
                  onClick={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
                  onKeyDown={onKeyDown} />
        <button type="button" class="emoji-toggle" aria-label="Insert emoji" aria-expanded={emoji} onClick={() => setEmoji(!emoji)}>☺</button>
        <button type="submit" class="primary" aria-label="Send message">Send</button>
      </div>
    </form>
  );
}
