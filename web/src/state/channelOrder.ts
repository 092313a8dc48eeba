// Channel order as the sidebar shows it (uncategorized first, then each category followed by its
// channels, each run by position) and the renumbering a move needs.
import type { ChannelView, Id } from '../generated/protocol';
import { sortChannels } from './state';

export interface ChannelGroup {
  category?: ChannelView;
  channels: ChannelView[];
}

/** The community's channels grouped under their categories, in display order. */
export function channelGroups(channels: ChannelView[]): ChannelGroup[] {
  const sorted = sortChannels(channels);
  const ids = new Set(sorted.filter((c) => c.type === 'category').map((c) => c.id));
  const top = sorted.filter((c) => c.type !== 'category' && (!c.parent_id || !ids.has(c.parent_id)));
  return [
    { channels: top },
    ...sorted.filter((c) => c.type === 'category').map((category) => ({
      category, channels: sorted.filter((c) => c.parent_id === category.id && c.type !== 'category'),
    })),
  ];
}

/** Every channel in display order: categories before their children. */
export function displayOrder(channels: ChannelView[]): ChannelView[] {
  return channelGroups(channels).flatMap((g) => (g.category ? [g.category, ...g.channels] : g.channels));
}

/**
 * The positions to send (`PUT /communities/{id}/channel-positions`) to move a channel one place up
 * (-1) or down (+1) among its siblings: a category among categories, a channel within its group.
 * Everything is renumbered 0, 1, 2… in the new display order; only changed positions are listed.
 * Empty when the move goes nowhere.
 */
export function moveChannel(channels: ChannelView[], id: Id, delta: -1 | 1): { id: Id; position: number }[] {
  const groups = channelGroups(channels);
  const moving = channels.find((c) => c.id === id);
  if (!moving) return [];
  if (moving.type === 'category') {
    const cats = groups.slice(1);
    const i = cats.findIndex((g) => g.category!.id === id);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= cats.length) return [];
    [cats[i], cats[j]] = [cats[j]!, cats[i]!];
    return renumber(channels, [groups[0]!, ...cats]);
  }
  const group = groups.find((g) => g.channels.some((c) => c.id === id))!;
  const i = group.channels.findIndex((c) => c.id === id);
  const j = i + delta;
  if (j < 0 || j >= group.channels.length) return [];
  const list = [...group.channels];
  [list[i], list[j]] = [list[j]!, list[i]!];
  return renumber(channels, groups.map((g) => (g === group ? { ...g, channels: list } : g)));
}

function renumber(channels: ChannelView[], groups: ChannelGroup[]): { id: Id; position: number }[] {
  const order = groups.flatMap((g) => (g.category ? [g.category, ...g.channels] : g.channels));
  const old = new Map(channels.map((c) => [c.id, c.position]));
  return order.map((c, position) => ({ id: c.id, position })).filter((p) => old.get(p.id) !== p.position);
}
