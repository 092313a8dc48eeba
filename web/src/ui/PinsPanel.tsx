// The channel's pinned messages (GET /channels/{id}/pins), most recently pinned first, beside the
// messages like the member list. It reloads when a loaded message is pinned or unpinned.
import { useEffect, useState } from 'preact/hooks';
import type { Id, MessageView } from '../generated/protocol';
import type { MentionNames } from '../markdown';
import { describeError, state } from '../state/app';
import { loadPins, setPinned } from '../state/pins';
import { useMarkdown } from './useMarkdown';

function PinnedMessage({ m, names, canPin, onError }: { m: MessageView; names: MentionNames; canPin: boolean; onError: (e: string) => void }) {
  const html = useMarkdown(m.content ?? '', names);
  return (
    <li class="pinned-message">
      <div class="meta">
        <strong>{m.author?.display_name ?? m.author?.username ?? 'Deleted user'}</strong>
        <time class="muted" dateTime={m.created_at}>{m.created_at ? new Date(m.created_at).toLocaleString() : ''}</time>
      </div>
      <div class="content" dangerouslySetInnerHTML={{ __html: html }} />
      {canPin && <button class="unpin" onClick={() => setPinned(m, false).catch((e) => onError(describeError(e)))}>Unpin</button>}
    </li>
  );
}

export function PinsPanel({ channelId, names, canPin, onClose }: {
  channelId: Id; names: MentionNames; canPin: boolean; onClose: () => void;
}) {
  const [pins, setPins] = useState<MessageView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // which loaded messages are pinned: when it changes (here or on another device), reload
  const pinnedLoaded = (state.value.history[channelId]?.messages ?? []).filter((m) => m.pinned && !m.deleted).map((m) => m.id).join(',');
  useEffect(() => {
    loadPins(channelId).then(setPins, (e) => setError(describeError(e)));
  }, [channelId, pinnedLoaded]);
  return (
    <aside class="side-panel pins" aria-label="Pinned messages">
      <div class="side-header">
        <h3 class="category">Pinned messages</h3>
        <button aria-label="Close pinned messages" onClick={onClose}>×</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {!pins && !error && <p class="muted" role="status">Loading…</p>}
      {pins?.length === 0 && <p class="muted">No pinned messages yet.{canPin ? ' Pin one from its actions (📌).' : ''}</p>}
      <ul class="pinned-list">
        {(pins ?? []).map((m) => <PinnedMessage key={m.id} m={m} names={names} canPin={canPin} onError={setError} />)}
      </ul>
    </aside>
  );
}
