import { describe, expect, test } from 'vitest';
import type { ChannelView } from '../src/generated/protocol';
import { channelGroups, displayOrder, moveChannel } from '../src/state/channelOrder';
import { general } from './fixtures';

const ch = (id: string, position: number, over: Partial<ChannelView> = {}): ChannelView => ({ ...general, id, name: id, position, ...over });
// a(0) b(1) | Cat X(2): x1(3) x2(4) | Cat Y(5): y1(6)
const channels = [
  ch('x2', 4, { parent_id: 'X' }), ch('a', 0), ch('X', 2, { type: 'category' }), ch('b', 1), ch('y1', 6, { parent_id: 'Y' }),
  ch('Y', 5, { type: 'category' }), ch('x1', 3, { parent_id: 'X' }),
];

describe('channel order', () => {
  test('groups: uncategorized first, then each category with its channels', () => {
    expect(channelGroups(channels).map((g) => [g.category?.id, g.channels.map((c) => c.id)])).toEqual([
      [undefined, ['a', 'b']], ['X', ['x1', 'x2']], ['Y', ['y1']],
    ]);
    expect(displayOrder(channels).map((c) => c.id)).toEqual(['a', 'b', 'X', 'x1', 'x2', 'Y', 'y1']);
  });
  test('moving a channel swaps it with its neighbour in its group', () => {
    expect(moveChannel(channels, 'x2', -1)).toEqual([{ id: 'x2', position: 3 }, { id: 'x1', position: 4 }]);
  });
  test('moving a category moves its channels along', () => {
    const moved = moveChannel(channels, 'Y', -1);
    const after = channels.map((c) => ({ ...c, position: moved.find((m) => m.id === c.id)?.position ?? c.position }));
    expect(displayOrder(after).map((c) => c.id)).toEqual(['a', 'b', 'Y', 'y1', 'X', 'x1', 'x2']);
  });
  test('no move past the ends', () => {
    expect(moveChannel(channels, 'a', -1)).toEqual([]);
    expect(moveChannel(channels, 'y1', 1)).toEqual([]);
    expect(moveChannel(channels, 'X', -1)).toEqual([]);
  });
  test('equal positions are renumbered into a strict order', () => {
    const tied = [ch('p', 0), ch('q', 0), ch('r', 0)];
    const moved = moveChannel(tied, 'r', -1);
    const after = tied.map((c) => ({ ...c, position: moved.find((m) => m.id === c.id)?.position ?? c.position }));
    expect(displayOrder(after).map((c) => c.id)).toEqual(['p', 'r', 'q']);
  });
});
