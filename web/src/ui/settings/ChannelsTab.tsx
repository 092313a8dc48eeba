import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { ChannelView } from '../../generated/protocol';
import { channelGroups, moveChannel } from '../../state/channelOrder';
import { createChannel, reorderChannels } from '../../state/manage';
import { basePermissions, channelPermissions, has } from '../../state/permissions';
import type { CommunityState } from '../../state/state';
import { useAction } from '../useAction';
import { CategorySelect } from './CategorySelect';
import { ChannelEditor } from './ChannelEditor';

const TYPES = [
  { id: 'text', label: 'Text channel' },
  { id: 'announcement', label: 'Announcement channel' },
  { id: 'category', label: 'Category' },
];

/** Channels and categories: create, reorder (MANAGE_CHANNELS), and open one to edit it or its permissions. */
export function ChannelsTab({ community }: { community: CommunityState }) {
  const [selected, setSelected] = useState<string | null>(null);
  const { run, busy, error } = useAction();
  const manage = has(basePermissions(community), 'MANAGE_CHANNELS');
  const channel = community.channels.find((c) => c.id === selected);
  if (channel) return <ChannelEditor community={community} channel={channel} onBack={() => setSelected(null)} />;

  const move = (ch: ChannelView, delta: -1 | 1) => {
    const positions = moveChannel(community.channels, ch.id, delta);
    if (positions.length > 0) void run(() => reorderChannels(community.community.id, positions));
  };
  const row = (ch: ChannelView, i: number, n: number) => {
    const name = ch.type === 'category' ? ch.name : `#${ch.name}`;
    const mayEdit = has(channelPermissions(community, ch), 'MANAGE_CHANNELS') || has(channelPermissions(community, ch), 'MANAGE_ROLES');
    return (
      <li key={ch.id} class={`settings-row ${ch.type === 'category' ? 'category-row' : ''}`}>
        <span class="row-name">{name}{ch.topic && <span class="muted row-hint">{ch.topic}</span>}</span>
        {manage && <button type="button" aria-label={`Move ${name} up`} disabled={busy || i === 0} onClick={() => move(ch, -1)}>↑</button>}
        {manage && <button type="button" aria-label={`Move ${name} down`} disabled={busy || i === n - 1} onClick={() => move(ch, 1)}>↓</button>}
        {mayEdit && <button type="button" aria-label={`Edit ${name}`} onClick={() => setSelected(ch.id)}>Edit</button>}
      </li>
    );
  };
  const groups = channelGroups(community.channels);
  const categories = groups.slice(1);
  return (
    <div>
      <h3>Channels</h3>
      {error && <p class="error" role="alert">{error}</p>}
      <ul class="settings-list" aria-label="Channels and categories">
        {groups[0]!.channels.map((ch, i, all) => row(ch, i, all.length))}
        {categories.map((g, gi) => (
          <Fragment key={g.category!.id}>
            {row(g.category!, gi, categories.length)}
            {g.channels.map((ch, i, all) => row(ch, i, all.length))}
          </Fragment>
        ))}
      </ul>
      {manage && <NewChannel community={community} />}
    </div>
  );
}

function NewChannel({ community }: { community: CommunityState }) {
  const [type, setType] = useState('text');
  const [name, setName] = useState('');
  const [parent, setParent] = useState('');
  const { run, busy, error } = useAction();
  async function create(e: Event) {
    e.preventDefault();
    const ok = await run(() => createChannel(community.community.id, {
      type, name: name.trim(), parent_id: type !== 'category' && parent ? parent : undefined,
    }));
    if (ok) setName('');
  }
  return (
    <form class="settings-form" onSubmit={create} aria-label="New channel">
      <h4>New channel or category</h4>
      <div class="form-row">
        <label>Kind
          <select aria-label="Kind" value={type} onChange={(e) => setType(e.currentTarget.value)}>
            {TYPES.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
          </select>
        </label>
        <label>Name<input name="channel_name" value={name} required maxLength={100} onInput={(e) => setName(e.currentTarget.value)} /></label>
        {type !== 'category' && community.channels.some((c) => c.type === 'category') && (
          <CategorySelect channels={community.channels} value={parent} onChange={setParent} />
        )}
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="actions"><button type="submit" class="primary" disabled={busy}>Create channel</button></div>
    </form>
  );
}
