import { useState } from 'preact/hooks';
import { updateCommunity } from '../../state/manage';
import type { CommunityState } from '../../state/state';
import { useAction } from '../useAction';

/** Name and description (MANAGE_COMMUNITY). An emptied description is cleared. */
export function OverviewTab({ community }: { community: CommunityState }) {
  const c = community.community;
  const [name, setName] = useState(c.name ?? '');
  const [description, setDescription] = useState(c.description ?? '');
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useAction();
  async function save(e: Event) {
    e.preventDefault();
    setSaved(false);
    const body = description.trim() ? { name: name.trim(), description: description.trim() } : { name: name.trim(), clear: ['description'] };
    if (await run(() => updateCommunity(c.id, body))) setSaved(true);
  }
  return (
    <form onSubmit={save}>
      <h3>Overview</h3>
      <label>Community name<input value={name} required maxLength={100} onInput={(e) => setName(e.currentTarget.value)} /></label>
      <label>Description<textarea value={description} maxLength={1000} rows={3} onInput={(e) => setDescription(e.currentTarget.value)} /></label>
      {error && <p class="error" role="alert">{error}</p>}
      {saved && <p class="muted" role="status">Saved.</p>}
      <div class="actions"><button type="submit" class="primary" disabled={busy}>Save overview</button></div>
    </form>
  );
}
