import { useEffect, useRef, useState } from 'preact/hooks';
import type { Id, MessageView } from '../generated/protocol';
import { send, typing } from '../state/app';
import { ReplyPreview } from './MessageItem';

export function Composer({ channelId, title, replyTo, onCancelReply, onSent }: {
  channelId: Id; title: string; replyTo?: MessageView; onCancelReply: () => void; onSent: () => void;
}) {
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => { if (replyTo) input.current?.focus(); }, [replyTo]);
  function submit(e?: Event) {
    e?.preventDefault();
    const content = text.trim();
    if (!content) return;
    send(channelId, content, replyTo?.id);
    setText('');
    onCancelReply();
    onSent();
  }
  return (
    <form class="composer" onSubmit={submit}>
      {replyTo && (
        <div class="replying">
          <ReplyPreview target={replyTo} />
          <button type="button" aria-label="Cancel reply" onClick={onCancelReply}>×</button>
        </div>
      )}
      <div class="composer-row">
        <label for="composer-input" class="visually-hidden">Message {title}</label>
        <textarea id="composer-input" ref={input} rows={1} placeholder={`Message ${title}`} value={text} maxLength={4000}
                  onInput={(e) => { setText(e.currentTarget.value); if (e.currentTarget.value) typing(channelId); }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) submit(e);
                    if (e.key === 'Escape' && replyTo) onCancelReply();
                  }} />
        <button type="submit" class="primary" aria-label="Send message">Send</button>
      </div>
    </form>
  );
}
