import { useState } from 'preact/hooks';
import { createCommunity, describeError, state } from '../state/app';
import { communityBadge } from '../state/state';
import { navigate } from './router';
import { Modal } from './Modal';

function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0]!.toUpperCase()).join('') || '?';
}

export function Rail({ activeId }: { activeId?: string }) {
  const [creating, setCreating] = useState(false);
  const s = state.value;
  const dmUnread = s.conversations.reduce((n, c) => n + (s.readStates[c.id]?.unread_count ?? 0), 0);
  return (
    <nav class="rail" aria-label="Communities">
      {/* names come from hidden text, not aria-label: a label that leaves out the visible initials or
          badge would not match what voice-control users see (WCAG 2.5.3) */}
      <button class={`rail-item home ${activeId ? '' : 'active'}`}
              aria-current={activeId ? undefined : 'page'} onClick={() => navigate('/channels/@me')}>
        <span class="visually-hidden">{`Direct messages${dmUnread ? `, ${dmUnread} unread` : ''}`}</span>
        <span aria-hidden="true">✉</span>
        {dmUnread > 0 && <span class="badge" aria-hidden="true">{dmUnread}</span>}
      </button>
      <hr />
      <ul>
        {s.communities.map((c) => {
          const badge = communityBadge(s, c);
          const name = c.community.name ?? '';
          const label = `${name}${badge.mentions ? `, ${badge.mentions} mentions` : badge.unread ? ', unread messages' : ''}`;
          const first = c.channels.find((ch) => ch.type === 'text');
          return (
            <li key={c.community.id}>
              <button class={`rail-item ${activeId === c.community.id ? 'active' : ''} ${badge.unread ? 'unread' : ''}`}
                      aria-current={activeId === c.community.id ? 'page' : undefined} title={name}
                      onClick={() => navigate(`/channels/${c.community.id}${first ? `/${first.id}` : ''}`)}>
                <span class="visually-hidden">{label}</span>
                <span aria-hidden="true">{initials(name)}</span>
                {badge.mentions > 0 && <span class="badge" aria-hidden="true">{badge.mentions}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <button class="rail-item add" aria-label="Create a community" onClick={() => setCreating(true)}>+</button>
      {creating && <CreateCommunity onClose={() => setCreating(false)} />}
    </nav>
  );
}

function CreateCommunity({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(e: Event) {
    e.preventDefault();
    try {
      await createCommunity(name.trim());
      onClose();
    } catch (err) {
      setError(describeError(err));
    }
  }
  return (
    <Modal title="Create a community" onClose={onClose}>
      <form onSubmit={submit}>
        <label>Community name<input name="community_name" required value={name} onInput={(e) => setName(e.currentTarget.value)} /></label>
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" class="primary">Create</button>
        </div>
      </form>
    </Modal>
  );
}
