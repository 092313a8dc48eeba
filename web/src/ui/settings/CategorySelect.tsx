import type { ChannelView } from '../../generated/protocol';

/** Picks a channel's category ("" for none). */
export function CategorySelect({ channels, value, onChange }: { channels: ChannelView[]; value: string; onChange: (id: string) => void }) {
  return (
    <label>Category
      <select aria-label="Category" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">None</option>
        {channels.filter((c) => c.type === 'category').map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </select>
    </label>
  );
}
