// Named fixtures: Ada (me) in the community "Lab" with #general, Grace a fellow member, a DM with Grace.
import type { ChannelView, CommunityView, ConversationView, MemberView, MessageView, Ready, UserPublic } from '../src/generated/protocol';
import { emptyState, reduce, type AppState } from '../src/state/state';

export const ada: UserPublic = { id: '1001', username: 'ada', display_name: 'Ada', deleted: false };
export const grace: UserPublic = { id: '1002', username: 'grace', display_name: 'Grace', deleted: false };
export const lab: CommunityView = { id: '2001', name: 'Lab', owner_id: '1001', member_count: 2 };
export const general: ChannelView = {
  id: '3001', community_id: '2001', type: 'text', name: 'general', position: 0, slowmode_seconds: 0, nsfw: false, synced_with_category: false,
};
export const adaMember: MemberView = { community_id: '2001', user: ada, role_ids: ['5001'] };
export const dm: ConversationView = {
  id: '4001', kind: 'dm', participants: [ada, grace], unread_count: 0, mention_count: 0,
  created_at: '2026-01-01T00:00:00.000Z', last_activity_at: '2026-01-01T00:00:00.000Z',
};

export function message(over: Partial<MessageView> & { id: string; seq: string }): MessageView {
  return {
    channel_id: general.id, author: grace, content: 'hi', pinned: false, deleted: false,
    created_at: '2026-01-02T00:00:00.000Z', reactions: [], ...over,
  };
}

export const ready: Ready = {
  session_id: 'gw_1',
  user: { ...ada, admin: false },
  settings: { dms_from_strangers: true, read_receipts: true },
  communities: [{ community: lab, channels: [general], roles: [], member: adaMember, large: false }],
  conversations: [dm],
  read_states: [{ channel_id: general.id, last_read_message_id: '0', read_seq: '0', last_seq: '0', unread_count: 0, mention_count: 0 }],
  presences: [{ user_id: grace.id, status: 'online' }],
};

/** A state after READY with #general's history loaded (messages 1 and 2 from Grace). */
export function world(): AppState {
  let s = reduce(emptyState, { type: 'ready', ready });
  s = reduce(s, {
    type: 'history', channel_id: general.id, older: false, reachedStart: true,
    messages: [message({ id: '9001', seq: '1' }), message({ id: '9002', seq: '2', reactions: [{ emoji: '👍', count: 1, me: true }] })],
  });
  return s;
}
