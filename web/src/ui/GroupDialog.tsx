import { useState } from 'preact/hooks';
import type { ConversationView } from '../generated/protocol';
import { state } from '../state/app';
import { parseUsernames } from '../state/groups';
import { addParticipant, createGroup, leaveGroup, removeParticipant, renameGroup } from '../state/manage';
import { Modal } from './Modal';
import { navigate } from './router';
import { useAction } from './useAction';

/** Creates a group with several people picked by username, and an optional name. */
export function GroupDialog({ onClose }: { onClose: () => void }) {
  const [people, setPeople] = useState('');
  const [name, setName] = useState('');
  const { run, busy, error } = useAction();
  async function create(e: Event) {
    e.preventDefault();
    await run(async () => {
      const conv = await createGroup(parseUsernames(people), name.trim());
      onClose();
      navigate(`/channels/@me/${conv.id}`);
    });
  }
  return (
    <Modal title="New group" onClose={onClose}>
      <form onSubmit={create}>
        <label>People (usernames, separated by commas)
          <input name="group_people" value={people} required placeholder="grace, charles" onInput={(e) => setPeople(e.currentTarget.value)} />
        </label>
        <label>Group name (optional)<input name="group_name" value={name} maxLength={100} onInput={(e) => setName(e.currentTarget.value)} /></label>
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" class="primary" disabled={busy}>Create group</button>
        </div>
      </form>
    </Modal>
  );
}

/** A group's settings: the owner renames it and adds or removes people; anyone leaves it. */
export function GroupSettings({ conversation, onClose }: { conversation: ConversationView; onClose: () => void }) {
  const me = state.value.user?.id;
  const owner = conversation.owner_id === me;
  const [name, setName] = useState(conversation.name ?? '');
  const [adding, setAdding] = useState('');
  const [leaving, setLeaving] = useState(false);
  const { run, busy, error } = useAction();
  const id = conversation.id;
  return (
    <Modal title="Group settings" onClose={onClose}>
      {owner && (
        <form onSubmit={(e) => { e.preventDefault(); void run(() => renameGroup(id, name.trim())); }}>
          <label>Group name<input name="group_name" value={name} maxLength={100} onInput={(e) => setName(e.currentTarget.value)} /></label>
          <div class="actions"><button type="submit" disabled={busy}>Rename group</button></div>
        </form>
      )}
      <h3>People</h3>
      <ul class="settings-list" aria-label="Participants">
        {(conversation.participants ?? []).map((p) => (
          <li key={p.id} class="settings-row">
            <span class="row-name">{p.display_name ?? p.username}<span class="muted row-hint">@{p.username}{p.id === conversation.owner_id ? ' · owner' : ''}</span></span>
            {owner && p.id !== me && (
              <button type="button" disabled={busy} aria-label={`Remove ${p.display_name ?? p.username}`}
                      onClick={() => void run(() => removeParticipant(id, p.id))}>Remove</button>
            )}
          </li>
        ))}
      </ul>
      {owner && (
        <form class="form-row" onSubmit={(e) => { e.preventDefault(); void run(() => addParticipant(id, adding.trim().replace(/^@/, ''))).then((ok) => ok && setAdding('')); }}>
          <label>Add someone (username)<input name="add_participant" value={adding} required onInput={(e) => setAdding(e.currentTarget.value)} /></label>
          <button type="submit" disabled={busy}>Add</button>
        </form>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      <div class="actions">
        {!leaving && <button type="button" class="danger" onClick={() => setLeaving(true)}>Leave group</button>}
        {leaving && (
          <span class="confirm" role="group" aria-label="Confirm leaving">
            {owner ? 'The longest-standing member becomes the owner.' : 'You can only come back if someone adds you.'}
            <button type="button" class="danger" disabled={busy}
                    onClick={() => void run(() => leaveGroup(id)).then((ok) => { if (ok) { onClose(); navigate('/channels/@me'); } })}>Leave</button>
            <button type="button" onClick={() => setLeaving(false)}>Cancel</button>
          </span>
        )}
        <button type="button" class="primary" onClick={onClose}>Done</button>
      </div>
    </Modal>
  );
}
