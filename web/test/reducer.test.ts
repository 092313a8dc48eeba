import { describe, expect, test } from 'vitest';
import type { Event } from '../src/generated/protocol';
import { applyEvent, communityBadge, emptyState, receiptOf, reduce, typingIn, type AppState } from '../src/state/state';
import { ada, adaMember, dm, general, grace, lab, message, ready, world } from './fixtures';

const on = (s: AppState, event: Event) => reduce(s, { type: 'dispatch', event });
const lab0 = (s: AppState) => s.communities.find((c) => c.community.id === lab.id)!;
const msgs = (s: AppState, channel = general.id) => s.history[channel]!.messages;

describe('READY, RESUMED and connection frames', () => {
  test('READY replaces the state and keeps unacked sends', () => {
    let s = reduce(emptyState, { type: 'send', outgoing: { client_msg_id: 'c1', channel_id: general.id, content: 'x', created_at: '', status: 'pending' } });
    s = reduce(s, { type: 'ready', ready });
    expect(s.user?.id).toBe(ada.id);
    expect(s.communities.map((c) => c.community.name)).toEqual(['Lab']);
    expect(s.readStates[general.id]?.unread_count).toBe(0);
    expect(s.presences[grace.id]).toBe('online');
    expect(s.outgoing.map((o) => o.client_msg_id)).toEqual(['c1']);
  });
  test('a second READY (after RESYNC) keeps loaded messages for the catch-up', () => {
    const s = reduce(world(), { type: 'ready', ready });
    expect(msgs(s).map((m) => m.seq)).toEqual(['1', '2']);
  });
  test('RESUMED replaces presences', () => {
    const s = reduce(world(), { type: 'resumed', resumed: { replayed: 0, presences: [{ user_id: grace.id, status: 'idle' }] } });
    expect(s.presences).toEqual({ [grace.id]: 'idle' });
  });
  test('PRESENCE_UPDATE sets one user', () => {
    expect(reduce(world(), { type: 'presence', presence: { user_id: grace.id, status: 'dnd' } }).presences[grace.id]).toBe('dnd');
  });
  test('TYPING_START shows for 8 s and a message from the typer ends it', () => {
    let s = reduce(world(), { type: 'typing', typing: { channel_id: general.id, user_id: grace.id }, now: 1000 });
    expect(typingIn(s, general.id, 1000)).toEqual([grace.id]);
    expect(typingIn(s, general.id, 9001)).toEqual([]);
    s = on(s, { type: 'message_created', message: message({ id: '9003', seq: '3' }) });
    expect(typingIn(s, general.id, 1000)).toEqual([]);
  });
});

describe('one test per dispatch', () => {
  test('user_updated changes me', () => {
    expect(on(world(), { type: 'user_updated', user: { ...ada, display_name: 'Countess' } }).user?.display_name).toBe('Countess');
  });
  test('user_deleted keeps history (authors show deleted)', () => {
    const s = world();
    expect(on(s, { type: 'user_deleted', user_id: grace.id })).toBe(s);
  });
  test('sessions_revoked changes no state (the app logs out when it names this session)', () => {
    const s = world();
    expect(on(s, { type: 'sessions_revoked', user_id: ada.id, session_ids: ['1'] })).toBe(s);
  });
  test('settings_updated', () => {
    expect(on(world(), { type: 'settings_updated', settings: { dms_from_strangers: false, read_receipts: false } }).settings?.read_receipts).toBe(false);
  });
  test('community_created adds it once', () => {
    const other = { ...lab, id: '2002', name: 'Other' };
    let s = on(world(), { type: 'community_created', community: other });
    s = on(s, { type: 'community_created', community: other });
    expect(s.communities.map((c) => c.community.id)).toEqual([lab.id, '2002']);
  });
  test('community_updated', () => {
    expect(lab0(on(world(), { type: 'community_updated', community: { ...lab, name: 'Lab 2' } })).community.name).toBe('Lab 2');
  });
  test('community_deleted drops it', () => {
    expect(on(world(), { type: 'community_deleted', community_id: lab.id }).communities).toEqual([]);
  });
  test('channel_created adds in position order', () => {
    const random = { ...general, id: '3000', name: 'random', position: -1 };
    expect(lab0(on(world(), { type: 'channel_created', channel: random })).channels.map((c) => c.name)).toEqual(['random', 'general']);
  });
  test('channel_updated replaces', () => {
    expect(lab0(on(world(), { type: 'channel_updated', channel: { ...general, name: 'main' } })).channels.map((c) => c.name)).toEqual(['main']);
  });
  test('channel_deleted removes', () => {
    expect(lab0(on(world(), { type: 'channel_deleted', community_id: lab.id, channel_id: general.id })).channels).toEqual([]);
  });
  const role = { id: '5001', community_id: lab.id, name: 'mods', color: 0, position: 1, permissions: '8', everyone: false };
  test('role_created', () => {
    expect(lab0(on(world(), { type: 'role_created', role })).roles.map((r) => r.name)).toEqual(['mods']);
  });
  test('role_updated', () => {
    const s = on(on(world(), { type: 'role_created', role }), { type: 'role_updated', role: { ...role, name: 'admins' } });
    expect(lab0(s).roles.map((r) => r.name)).toEqual(['admins']);
  });
  test('role_deleted', () => {
    const s = on(on(world(), { type: 'role_created', role }), { type: 'role_deleted', community_id: lab.id, role_id: role.id });
    expect(lab0(s).roles).toEqual([]);
  });
  const graceMember = { community_id: lab.id, user: grace, role_ids: [] };
  const withMembers = () => reduce(world(), { type: 'members_loaded', community_id: lab.id, members: [adaMember, graceMember] });
  test('member_joined counts others and joins a loaded member list', () => {
    const newcomer = { community_id: lab.id, user: { ...grace, id: '1003', username: 'lin' } };
    const s = on(withMembers(), { type: 'member_joined', member: newcomer });
    expect(lab0(s).community.member_count).toBe(3);
    expect(s.members[lab.id]?.map((m) => m.user?.id)).toEqual([ada.id, grace.id, '1003']);
  });
  test('member_updated of me replaces my member record, and anyone in the list', () => {
    let s = on(withMembers(), { type: 'member_updated', member: { ...adaMember, nickname: 'A' } });
    s = on(s, { type: 'member_updated', member: { ...graceMember, nickname: 'Amazing Grace' } });
    expect(lab0(s).member?.nickname).toBe('A');
    expect(s.members[lab.id]?.find((m) => m.user?.id === grace.id)?.nickname).toBe('Amazing Grace');
  });
  test('member_left subtracts and leaves the list', () => {
    const s = on(withMembers(), { type: 'member_left', community_id: lab.id, user_id: grace.id, reason: 'left' });
    expect(lab0(s).community.member_count).toBe(1);
    expect(s.members[lab.id]?.map((m) => m.user?.id)).toEqual([ada.id]);
  });
  test('invite_created and invite_deleted change nothing shown', () => {
    const s = world();
    expect(on(s, { type: 'invite_created', invite: { code: 'x', community_id: lab.id, inviter_id: ada.id, max_uses: 0, uses: 0 } })).toBe(s);
    expect(on(s, { type: 'invite_deleted', community_id: lab.id, code: 'x' })).toBe(s);
  });
  test('message_created from someone else appends and counts unread and mentions', () => {
    const s = on(world(), { type: 'message_created', message: message({ id: '9003', seq: '3', mentions: { users: [ada.id], everyone: false, here: false } }) });
    expect(msgs(s).map((m) => m.seq)).toEqual(['1', '2', '3']);
    expect(s.readStates[general.id]).toMatchObject({ unread_count: 1, mention_count: 1, last_seq: '3' });
    expect(communityBadge(s, lab0(s))).toEqual({ unread: true, mentions: 1 });
  });
  test('message_created of my own send replaces the pending one and marks read', () => {
    let s = reduce(world(), { type: 'send', outgoing: { client_msg_id: 'c1', channel_id: general.id, content: 'yo', created_at: '', status: 'pending' } });
    s = on(s, { type: 'message_created', message: message({ id: '9003', seq: '3', author: ada, client_msg_id: 'c1' }) });
    expect(s.outgoing).toEqual([]);
    expect(s.readStates[general.id]).toMatchObject({ unread_count: 0, read_seq: '3' });
  });
  test('message_created twice (ack and dispatch) keeps one copy', () => {
    const m = message({ id: '9003', seq: '3' });
    const s = on(on(world(), { type: 'message_created', message: m }), { type: 'message_created', message: m });
    expect(msgs(s).filter((x) => x.id === '9003')).toHaveLength(1);
  });
  test('message_created in a DM moves it up with its last message', () => {
    const s = on(world(), { type: 'message_created', message: message({ id: '9100', seq: '1', channel_id: dm.id, created_at: '2026-02-01T00:00:00.000Z' }) });
    expect(s.conversations[0]?.last_message?.id).toBe('9100');
    expect(s.readStates[dm.id]?.unread_count).toBe(1);
  });
  test('message_updated keeps my reactions.me', () => {
    const s = on(world(), { type: 'message_updated', message: message({ id: '9002', seq: '2', content: 'edited', reactions: [{ emoji: '👍', count: 1, me: false }] }) });
    expect(msgs(s)[1]).toMatchObject({ content: 'edited', reactions: [{ emoji: '👍', count: 1, me: true }] });
  });
  test('message_deleted leaves a tombstone', () => {
    const s = on(world(), { type: 'message_deleted', channel_id: general.id, message_id: '9001', seq: '1' });
    expect(msgs(s)[0]).toMatchObject({ deleted: true, content: undefined });
  });
  test('messages_bulk_deleted', () => {
    const s = on(world(), { type: 'messages_bulk_deleted', channel_id: general.id, message_ids: ['9001', '9002'] });
    expect(msgs(s).every((m) => m.deleted)).toBe(true);
  });
  test('reaction_added by someone else counts, by me sets me', () => {
    let s = on(world(), { type: 'reaction_added', channel_id: general.id, message_id: '9001', user_id: grace.id, emoji: '🎉' });
    expect(msgs(s)[0]?.reactions).toEqual([{ emoji: '🎉', count: 1, me: false }]);
    s = on(s, { type: 'reaction_added', channel_id: general.id, message_id: '9001', user_id: ada.id, emoji: '🎉' });
    expect(msgs(s)[0]?.reactions).toEqual([{ emoji: '🎉', count: 2, me: true }]);
  });
  test('reaction_removed drops at zero', () => {
    const s = on(world(), { type: 'reaction_removed', channel_id: general.id, message_id: '9002', user_id: ada.id, emoji: '👍' });
    expect(msgs(s)[1]?.reactions).toEqual([]);
  });
  test('reactions_cleared', () => {
    const s = on(world(), { type: 'reactions_cleared', channel_id: general.id, message_id: '9002' });
    expect(msgs(s)[1]?.reactions).toEqual([]);
  });
  test('read_state_updated resets counts', () => {
    let s = on(world(), { type: 'message_created', message: message({ id: '9003', seq: '3' }) });
    s = on(s, { type: 'read_state_updated', read_state: { channel_id: general.id, last_read_message_id: '9003', read_seq: '3', last_seq: '3', unread_count: 0, mention_count: 0 } });
    expect(communityBadge(s, lab0(s))).toEqual({ unread: false, mentions: 0 });
  });
  test('receipt_updated moves a peer forward only: ✓ then ✓✓', () => {
    let s = on(world(), { type: 'receipt_updated', channel_id: dm.id, user_id: grace.id, delivered_seq: '2', read_seq: '0' });
    expect(receiptOf(s, dm.id, '2', [grace.id])).toBe('delivered');
    s = on(s, { type: 'receipt_updated', channel_id: dm.id, user_id: grace.id, delivered_seq: '2', read_seq: '2' });
    expect(receiptOf(s, dm.id, '2', [grace.id])).toBe('read');
    s = on(s, { type: 'receipt_updated', channel_id: dm.id, user_id: grace.id, delivered_seq: '1', read_seq: '1' });
    expect(receiptOf(s, dm.id, '2', [grace.id])).toBe('read');
    expect(receiptOf(s, dm.id, '3', [grace.id])).toBe('sent');
  });
  test('receipts from REST count as delivered or read at that message', () => {
    const s = reduce(world(), { type: 'receipts_loaded', channel_id: dm.id, seq: '5', delivered_to: [grace.id], read_by: [] });
    expect(receiptOf(s, dm.id, '5', [grace.id])).toBe('delivered');
    expect(receiptOf(s, dm.id, '4', [grace.id])).toBe('delivered');
  });
  test('conversation_created adds a DM', () => {
    const group = { ...dm, id: '4002', kind: 'group', name: 'Crew', last_activity_at: '2026-03-01T00:00:00.000Z' };
    expect(on(world(), { type: 'conversation_created', conversation: group }).conversations.map((c) => c.id)).toEqual(['4002', '4001']);
  });
  test('conversation_updated keeps the last message it does not carry', () => {
    let s = on(world(), { type: 'message_created', message: message({ id: '9100', seq: '1', channel_id: dm.id }) });
    s = on(s, { type: 'conversation_updated', conversation: { ...dm, name: 'Renamed' } });
    expect(s.conversations[0]).toMatchObject({ name: 'Renamed', last_message: { id: '9100' } });
  });
  test('conversation_closed', () => {
    expect(on(world(), { type: 'conversation_closed', conversation_id: dm.id }).conversations).toEqual([]);
  });
  test('an unknown event type from a newer server changes nothing', () => {
    const s = world();
    expect(applyEvent(s, { type: 'something_new' } as unknown as Event)).toBe(s);
  });
});

describe('local sends and history', () => {
  test('send, fail, retry, ack', () => {
    let s = reduce(world(), { type: 'send', outgoing: { client_msg_id: 'c1', channel_id: general.id, content: 'x', created_at: '', status: 'pending' } });
    s = reduce(s, { type: 'send_failed', client_msg_id: 'c1', error: 'slow down' });
    expect(s.outgoing[0]).toMatchObject({ status: 'failed', error: 'slow down' });
    s = reduce(s, { type: 'retry', client_msg_id: 'c1' });
    expect(s.outgoing[0]?.status).toBe('pending');
    s = reduce(s, { type: 'acked', client_msg_id: 'c1', message: message({ id: '9003', seq: '3', author: ada, client_msg_id: 'c1' }) });
    expect(s.outgoing).toEqual([]);
    expect(msgs(s).map((m) => m.id)).toContain('9003');
  });
  test('older pages merge in front, in seq order, without duplicates', () => {
    let s = reduce(emptyState, { type: 'ready', ready });
    s = reduce(s, { type: 'history', channel_id: general.id, older: false, reachedStart: false, messages: [message({ id: '9051', seq: '51' })] });
    s = reduce(s, { type: 'history', channel_id: general.id, older: true, reachedStart: true, messages: [message({ id: '9001', seq: '1' }), message({ id: '9051', seq: '51' })] });
    expect(msgs(s).map((m) => m.seq)).toEqual(['1', '51']);
    expect(s.history[general.id]?.reachedStart).toBe(true);
  });
  test('seqs compare as numbers, not text', () => {
    let s = reduce(emptyState, { type: 'ready', ready });
    s = reduce(s, { type: 'history', channel_id: general.id, older: false, reachedStart: true, messages: [message({ id: '9010', seq: '10' }), message({ id: '9009', seq: '9' })] });
    expect(msgs(s).map((m) => m.seq)).toEqual(['9', '10']);
  });
});
