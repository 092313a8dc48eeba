import { describe, expect, test } from 'vitest';
import { GatewayLimits } from '../src/generated/protocol';
import { parseUsernames } from '../src/state/groups';
import { PresenceFollows } from '../src/state/presenceFollows';

describe('presence follows in large communities', () => {
  test('asks once per member per connection, in batches of MEMBERS_MAX_USER_IDS', () => {
    const f = new PresenceFollows();
    const ids = Array.from({ length: 150 }, (_, i) => String(1000 + i));
    const first = f.requests('7', ids);
    expect(first.map((r) => r.user_ids!.length)).toEqual([GatewayLimits.MEMBERS_MAX_USER_IDS, 50]);
    expect(first.every((r) => r.presences && r.community_id === '7')).toBe(true);
    expect(f.requests('7', ids.slice(0, 10))).toEqual([]);
    expect(f.requests('8', ['1000'])).toEqual([{ community_id: '8', user_ids: ['1000'], presences: true }]);
  });
  test('a new connection forgets the follows, so the visible members are asked for again', () => {
    const f = new PresenceFollows();
    f.requests('7', ['1', '2']);
    f.reset();
    expect(f.requests('7', ['2'])).toEqual([{ community_id: '7', user_ids: ['2'], presences: true }]);
  });
  test('past PRESENCE_SUBSCRIPTIONS_MAX the oldest are forgotten, as the server drops them', () => {
    const f = new PresenceFollows();
    const max = GatewayLimits.PRESENCE_SUBSCRIPTIONS_MAX;
    f.requests('7', Array.from({ length: max + 5 }, (_, i) => String(i)));
    expect(f.requests('7', ['0'])[0]?.user_ids).toEqual(['0']);
    expect(f.requests('7', [String(max + 4)])).toEqual([]);
  });
});

describe('group dialog', () => {
  test('usernames split on commas and spaces, without @, each once', () => {
    expect(parseUsernames(' grace, @charles  ada,grace ')).toEqual(['grace', 'charles', 'ada']);
    expect(parseUsernames(' , ')).toEqual([]);
  });
});
