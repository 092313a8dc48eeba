import { useState } from 'preact/hooks';
import type { ChannelView } from '../../generated/protocol';
import { deleteChannel, updateChannel } from '../../state/manage';
import { channelPermissions, has } from '../../state/permissions';
import type { CommunityState } from '../../state/state';
import { useAction } from '../useAction';
import { CategorySelect } from './CategorySelect';
import { OverwriteEditor } from './OverwriteEditor';

/** One channel or category: name, topic and category (MANAGE_CHANNELS), delete, and its permission overwrites (MANAGE_ROLES). */
export function ChannelEditor({ community, channel, onBack }: { community: CommunityState; channel: ChannelView; onBack: () => void }) {
  const [name, setName] = useState(channel.name ?? '');
  const [topic, setTopic] = useState(channel.topic ?? '');
  const [parent, setParent] = useState(channel.parent_id ?? '');
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useAction();
  const mine = channelPermissions(community, channel);
  const manage = has(mine, 'MANAGE_CHANNELS');
  const isCategory = channel.type === 'category';
  const title = isCategory ? channel.name : `#${channel.name}`;

  async function save(e: Event) {
    e.preventDefault();
    setSaved(false);
    const clear: string[] = [];
    if (!topic.trim() && channel.topic) clear.push('topic');
    if (!parent && channel.parent_id) clear.push('parent_id');
    const ok = await run(() => updateChannel(channel.id, {
      name: name.trim(),
      topic: !isCategory && topic.trim() ? topic.trim() : undefined,
      parent_id: parent && parent !== channel.parent_id ? parent : undefined,
      clear: clear.length ? clear : undefined,
    }));
    if (ok) setSaved(true);
  }

  return (
    <div>
      <button type="button" class="link-button" onClick={onBack}>← All channels</button>
      <h3>{title}</h3>
      {manage && (
        <form onSubmit={save} aria-label="Channel details">
          <label>Name<input name="channel_name" value={name} required maxLength={100} onInput={(e) => setName(e.currentTarget.value)} /></label>
          {!isCategory && <label>Topic<input name="topic" value={topic} maxLength={1024} onInput={(e) => setTopic(e.currentTarget.value)} /></label>}
          {!isCategory && <CategorySelect channels={community.channels} value={parent} onChange={setParent} />}
          {error && <p class="error" role="alert">{error}</p>}
          {saved && <p class="muted" role="status">Saved.</p>}
          <div class="actions">
            {!confirming && <button type="button" class="danger" onClick={() => setConfirming(true)}>Delete {isCategory ? 'category' : 'channel'}</button>}
            {confirming && (
              <span class="confirm" role="group" aria-label="Confirm deletion">
                {isCategory ? 'Its channels stay, without a category.' : 'Its messages go with it.'}
                <button type="button" class="danger" disabled={busy}
                        onClick={() => void run(() => deleteChannel(channel)).then((ok) => ok && onBack())}>Delete</button>
                <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
              </span>
            )}
            <button type="submit" class="primary" disabled={busy}>Save channel</button>
          </div>
        </form>
      )}
      {has(mine, 'MANAGE_ROLES') && <OverwriteEditor community={community} channel={channel} />}
    </div>
  );
}
