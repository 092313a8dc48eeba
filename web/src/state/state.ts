// The client's state and the pure reducer every change goes through (READY, dispatches, REST
// answers, local sends). Components read it; only the reducer writes it, so each gateway event
// has one place that applies it and one unit test (test/reducer.test.ts).
import type {
  ChannelView, CommunitySnapshot, CommunityView, ConversationView, Event, Id, MemberView, MessageView,
  Presence, ReadStateView, Ready, Resumed, RoleView, SettingsView, Typing, UserSelf,
} from '../generated/protocol';

export interface CommunityState {
  community: CommunityView;
  channels: ChannelView[];
  roles: RoleView[];
  member?: MemberView;
  large: boolean;
}

/** The messages of one channel the client holds: a contiguous run, ascending by seq. */
export interface ChannelHistory {
  messages: MessageView[];
  /** The oldest message of the channel is loaded: scrolling up fetches nothing more. */
  reachedStart: boolean;
}

/** A message this device is sending: shown at once, replaced by the real one when acked. */
export interface Outgoing {
  client_msg_id: string;
  channel_id: Id;
  content: string;
  reply_to_id?: Id;
  created_at: string;
  status: 'pending' | 'failed';
  error?: string;
}

export interface AppState {
  user?: UserSelf;
  settings?: SettingsView;
  communities: CommunityState[];
  conversations: ConversationView[];
  readStates: Record<Id, ReadStateView>;
  history: Record<Id, ChannelHistory>;
  outgoing: Outgoing[];
  presences: Record<Id, string>;
  /** channel → user → when the indicator expires (ms since epoch) */
  typing: Record<Id, Record<Id, number>>;
  /** community → its members, once the member list was opened (kept current by member events) */
  members: Record<Id, MemberView[]>;
  /** DM and group channels → peer → how far they received and read (seqs) */
  receipts: Record<Id, Record<Id, Receipt>>;
}

export interface Receipt {
  delivered_seq: Id;
  read_seq: Id;
}

export const emptyState: AppState = {
  communities: [], conversations: [], readStates: {}, history: {}, outgoing: [], presences: {}, typing: {}, receipts: {}, members: {},
};

export type Action =
  | { type: 'ready'; ready: Ready }
  | { type: 'resumed'; resumed: Resumed }
  | { type: 'dispatch'; event: Event }
  | { type: 'presence'; presence: Presence }
  | { type: 'typing'; typing: Typing; now: number }
  | { type: 'community_loaded'; snapshot: CommunitySnapshot }
  | { type: 'history'; channel_id: Id; messages: MessageView[]; older: boolean; reachedStart: boolean }
  | { type: 'history_dropped'; channel_id: Id }
  | { type: 'send'; outgoing: Outgoing }
  | { type: 'acked'; client_msg_id: string; message: MessageView }
  | { type: 'send_failed'; client_msg_id: string; error: string }
  | { type: 'retry'; client_msg_id: string }
  | { type: 'discard'; client_msg_id: string }
  | { type: 'read'; read_state: ReadStateView }
  | { type: 'members_loaded'; community_id: Id; members: MemberView[] }
  | { type: 'receipts_loaded'; channel_id: Id; seq: Id; delivered_to: Id[]; read_by: Id[] }
  | { type: 'reset' };

export const TYPING_EXPIRY_MS = 8_000;

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'ready': return fromReady(action.ready, state);
    case 'resumed': return { ...state, presences: presenceMap(action.resumed.presences ?? []) };
    case 'dispatch': return applyEvent(state, action.event);
    case 'presence':
      return { ...state, presences: { ...state.presences, [action.presence.user_id]: action.presence.status ?? 'offline' } };
    case 'typing': {
      const { channel_id, user_id } = action.typing;
      const users = { ...(state.typing[channel_id] ?? {}), [user_id]: action.now + TYPING_EXPIRY_MS };
      return { ...state, typing: { ...state.typing, [channel_id]: users } };
    }
    case 'community_loaded': return upsertCommunity(state, snapshotState(action.snapshot));
    case 'history': return mergeHistory(state, action.channel_id, action.messages, action.older, action.reachedStart);
    case 'history_dropped': {
      const { [action.channel_id]: _dropped, ...rest } = state.history;
      return { ...state, history: rest };
    }
    case 'send': return { ...state, outgoing: [...state.outgoing, action.outgoing] };
    case 'acked': return addMessage(dropOutgoing(state, action.client_msg_id), action.message);
    case 'send_failed':
      return {
        ...state,
        outgoing: state.outgoing.map((o) => o.client_msg_id === action.client_msg_id
          ? { ...o, status: 'failed', error: action.error } : o),
      };
    case 'retry':
      return {
        ...state,
        outgoing: state.outgoing.map((o) => o.client_msg_id === action.client_msg_id
          ? { ...o, status: 'pending', error: undefined } : o),
      };
    case 'discard': return dropOutgoing(state, action.client_msg_id);
    case 'members_loaded': return { ...state, members: { ...state.members, [action.community_id]: action.members } };
    case 'receipts_loaded': {
      let next = state;
      for (const user of action.delivered_to) next = raiseReceipt(next, action.channel_id, user, action.seq, '0');
      for (const user of action.read_by) next = raiseReceipt(next, action.channel_id, user, action.seq, action.seq);
      return next;
    }
    case 'read': return { ...state, readStates: { ...state.readStates, [action.read_state.channel_id]: action.read_state } };
    case 'reset': return emptyState;
  }
}

function fromReady(ready: Ready, previous: AppState): AppState {
  const readStates: Record<Id, ReadStateView> = {};
  for (const rs of ready.read_states ?? []) readStates[rs.channel_id] = rs;
  return {
    ...emptyState,
    user: ready.user,
    settings: ready.settings,
    communities: (ready.communities ?? []).map(snapshotState),
    conversations: sortConversations(ready.conversations ?? []),
    readStates,
    presences: presenceMap(ready.presences ?? []),
    // loaded messages stay (the app catches each channel up over REST, so the open one keeps its
    // scroll position); unacked sends survive too: they are re-sent with the same client_msg_id
    history: previous.history,
    outgoing: previous.outgoing,
    receipts: previous.receipts,
    members: previous.members,
  };
}

function snapshotState(s: CommunitySnapshot): CommunityState {
  return { community: s.community!, channels: sortChannels(s.channels ?? []), roles: s.roles ?? [], member: s.member, large: s.large };
}

function presenceMap(list: Presence[]): Record<Id, string> {
  const map: Record<Id, string> = {};
  for (const p of list) map[p.user_id] = p.status ?? 'offline';
  return map;
}

export function sortChannels(channels: ChannelView[]): ChannelView[] {
  return [...channels].sort((a, b) => a.position - b.position || compareIds(a.id, b.id));
}

function sortConversations(list: ConversationView[]): ConversationView[] {
  return [...list].sort((a, b) => (b.last_activity_at ?? b.created_at ?? '').localeCompare(a.last_activity_at ?? a.created_at ?? ''));
}

/** Ids are decimal strings of up to 19 digits: compare by length, then text. */
export function compareIds(a: Id, b: Id): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function upsertCommunity(state: AppState, c: CommunityState): AppState {
  const exists = state.communities.some((x) => x.community.id === c.community.id);
  return {
    ...state,
    communities: exists
      ? state.communities.map((x) => (x.community.id === c.community.id ? c : x))
      : [...state.communities, c],
  };
}

function mapCommunity(state: AppState, id: Id, f: (c: CommunityState) => CommunityState): AppState {
  return { ...state, communities: state.communities.map((c) => (c.community.id === id ? f(c) : c)) };
}

function mapMessages(state: AppState, channelId: Id, f: (m: MessageView) => MessageView): AppState {
  const h = state.history[channelId];
  if (!h) return state;
  return { ...state, history: { ...state.history, [channelId]: { ...h, messages: h.messages.map(f) } } };
}

function dropOutgoing(state: AppState, clientMsgId: string | undefined): AppState {
  if (!clientMsgId || !state.outgoing.some((o) => o.client_msg_id === clientMsgId)) return state;
  return { ...state, outgoing: state.outgoing.filter((o) => o.client_msg_id !== clientMsgId) };
}

/** Inserts or replaces a message in a loaded channel (by id, kept in seq order). */
function addMessage(state: AppState, m: MessageView): AppState {
  const h = state.history[m.channel_id];
  if (!h) return state;
  const without = h.messages.filter((x) => x.id !== m.id);
  const messages = [...without, m].sort((a, b) => compareIds(a.seq, b.seq));
  return { ...state, history: { ...state.history, [m.channel_id]: { ...h, messages } } };
}

function mergeHistory(state: AppState, channelId: Id, page: MessageView[], older: boolean, reachedStart: boolean): AppState {
  const h = state.history[channelId];
  const byId = new Map<Id, MessageView>();
  for (const m of h?.messages ?? []) byId.set(m.id, m);
  for (const m of page) byId.set(m.id, m);
  const messages = [...byId.values()].sort((a, b) => compareIds(a.seq, b.seq));
  const start = older || !h ? reachedStart : h.reachedStart;
  return { ...state, history: { ...state.history, [channelId]: { messages, reachedStart: start } } };
}

function mentionsMe(state: AppState, m: MessageView): boolean {
  const me = state.user?.id;
  if (!m.mentions || !me) return false;
  if (m.mentions.everyone || m.mentions.here) return true;
  if ((m.mentions.users ?? []).includes(me)) return true;
  const myRoles = new Set(state.communities.flatMap((c) => c.member?.role_ids ?? []));
  return (m.mentions.roles ?? []).some((r) => myRoles.has(r));
}

/** Unread accounting for a new message (gateway.md §7, Counts). */
function countMessage(state: AppState, m: MessageView): AppState {
  const rs = state.readStates[m.channel_id] ?? {
    channel_id: m.channel_id, last_read_message_id: '0', read_seq: '0', last_seq: '0', unread_count: 0, mention_count: 0,
  };
  const last_seq = compareIds(m.seq, rs.last_seq) > 0 ? m.seq : rs.last_seq;
  let next: ReadStateView;
  if (m.author?.id === state.user?.id) {
    next = { ...rs, last_seq, read_seq: m.seq, last_read_message_id: m.id, unread_count: 0, mention_count: 0 };
  } else if (compareIds(m.seq, rs.read_seq) > 0 && compareIds(m.seq, rs.last_seq) > 0) {
    next = { ...rs, last_seq, unread_count: rs.unread_count + 1, mention_count: rs.mention_count + (mentionsMe(state, m) ? 1 : 0) };
  } else {
    next = { ...rs, last_seq };
  }
  return { ...state, readStates: { ...state.readStates, [m.channel_id]: next } };
}

function touchConversation(state: AppState, m: MessageView): AppState {
  if (!state.conversations.some((c) => c.id === m.channel_id)) return state;
  const conversations = state.conversations.map((c) => c.id === m.channel_id
    ? { ...c, last_message: m, last_activity_at: m.created_at } : c);
  return { ...state, conversations: sortConversations(conversations) };
}

function clearTyping(state: AppState, channelId: Id, userId: Id | undefined): AppState {
  const users = state.typing[channelId];
  if (!userId || !users || !(userId in users)) return state;
  const { [userId]: _gone, ...rest } = users;
  return { ...state, typing: { ...state.typing, [channelId]: rest } };
}

function patchReaction(state: AppState, channelId: Id, messageId: Id, emoji: string, delta: 1 | -1, mine: boolean): AppState {
  return mapMessages(state, channelId, (m) => {
    if (m.id !== messageId) return m;
    const reactions = [...(m.reactions ?? [])];
    const i = reactions.findIndex((r) => r.emoji === emoji);
    if (i < 0) {
      if (delta > 0) reactions.push({ emoji, count: 1, me: mine });
    } else {
      const r = reactions[i]!;
      const count = r.count + delta;
      if (count <= 0) reactions.splice(i, 1);
      else reactions[i] = { ...r, count, me: mine ? delta > 0 : r.me };
    }
    return { ...m, reactions };
  });
}

/** One case per event of the catalog; unknown types (newer servers) change nothing. */
export function applyEvent(state: AppState, e: Event): AppState {
  const me = state.user?.id;
  switch (e.type) {
    case 'user_updated': {
      const u = e.user;
      if (!u) return state;
      const self = state.user && u.id === state.user.id ? { ...state.user, ...u } : state.user;
      return { ...state, user: self };
    }
    case 'user_deleted': return state;
    case 'sessions_revoked': return state;
    case 'settings_updated': return { ...state, settings: e.settings };
    case 'community_created':
      if (!e.community || state.communities.some((c) => c.community.id === e.community!.id)) return state;
      return { ...state, communities: [...state.communities, { community: e.community, channels: [], roles: [], large: false }] };
    case 'community_updated':
      return e.community ? mapCommunity(state, e.community.id, (c) => ({ ...c, community: e.community! })) : state;
    case 'community_deleted': {
      const { [e.community_id]: _gone, ...members } = state.members;
      return { ...state, members, communities: state.communities.filter((c) => c.community.id !== e.community_id) };
    }
    case 'channel_created':
    case 'channel_updated': {
      const ch = e.channel;
      if (!ch) return state;
      return mapCommunity(state, ch.community_id, (c) => ({
        ...c, channels: sortChannels([...c.channels.filter((x) => x.id !== ch.id), ch]),
      }));
    }
    case 'channel_deleted':
      return mapCommunity(state, e.community_id, (c) => ({ ...c, channels: c.channels.filter((x) => x.id !== e.channel_id) }));
    case 'role_created':
    case 'role_updated': {
      const role = e.role;
      if (!role) return state;
      return mapCommunity(state, role.community_id, (c) => ({ ...c, roles: [...c.roles.filter((r) => r.id !== role.id), role] }));
    }
    case 'role_deleted':
      return mapCommunity(state, e.community_id, (c) => ({ ...c, roles: c.roles.filter((r) => r.id !== e.role_id) }));
    case 'member_joined': {
      const m = e.member;
      if (!m) return state;
      const next = mapCommunity(state, m.community_id, (c) => ({
        ...c,
        community: { ...c.community, member_count: c.community.member_count + (m.user?.id === me ? 0 : 1) },
        member: m.user?.id === me ? m : c.member,
      }));
      return putMember(next, m);
    }
    case 'member_updated': {
      const m = e.member;
      if (!m) return state;
      const next = m.user?.id === me ? mapCommunity(state, m.community_id, (c) => ({ ...c, member: m })) : state;
      return putMember(next, m);
    }
    case 'member_left': {
      const next = mapCommunity(state, e.community_id, (c) => ({
        ...c, community: { ...c.community, member_count: Math.max(0, c.community.member_count - 1) },
      }));
      const list = next.members[e.community_id];
      return list ? { ...next, members: { ...next.members, [e.community_id]: list.filter((x) => x.user?.id !== e.user_id) } } : next;
    }
    case 'invite_created':
    case 'invite_deleted':
      return state;
    case 'message_created': {
      const m = e.message;
      if (!m) return state;
      let next = dropOutgoing(state, m.author?.id === me ? m.client_msg_id : undefined);
      next = addMessage(next, m);
      next = countMessage(next, m);
      next = touchConversation(next, m);
      return clearTyping(next, m.channel_id, m.author?.id);
    }
    case 'message_updated': {
      const m = e.message;
      if (!m) return state;
      // keep `me` from our own view: dispatched reactions always say false (gateway.md §7)
      return mapMessages(state, m.channel_id, (old) => old.id !== m.id ? old : {
        ...m,
        reactions: (m.reactions ?? []).map((r) => ({ ...r, me: old.reactions?.find((o) => o.emoji === r.emoji)?.me ?? false })),
      });
    }
    case 'message_deleted':
      return mapMessages(state, e.channel_id, (m) => m.id === e.message_id
        ? { ...m, deleted: true, content: undefined, reactions: [] } : m);
    case 'messages_bulk_deleted': {
      const ids = new Set(e.message_ids ?? []);
      return mapMessages(state, e.channel_id, (m) => ids.has(m.id) ? { ...m, deleted: true, content: undefined, reactions: [] } : m);
    }
    case 'reaction_added':
      return patchReaction(state, e.channel_id, e.message_id, e.emoji ?? '', 1, e.user_id === me);
    case 'reaction_removed':
      return patchReaction(state, e.channel_id, e.message_id, e.emoji ?? '', -1, e.user_id === me);
    case 'reactions_cleared':
      return mapMessages(state, e.channel_id, (m) => m.id !== e.message_id ? m
        : { ...m, reactions: e.emoji ? (m.reactions ?? []).filter((r) => r.emoji !== e.emoji) : [] });
    case 'read_state_updated':
      return e.read_state ? { ...state, readStates: { ...state.readStates, [e.read_state.channel_id]: e.read_state } } : state;
    case 'receipt_updated': return raiseReceipt(state, e.channel_id, e.user_id, e.delivered_seq, e.read_seq);
    case 'conversation_created':
    case 'conversation_updated': {
      const conv = e.conversation;
      if (!conv) return state;
      const old = state.conversations.find((c) => c.id === conv.id);
      // dispatched conversations carry zero counts (gateway.md §7): counts live in readStates
      const merged = { ...conv, last_message: conv.last_message ?? old?.last_message };
      return { ...state, conversations: sortConversations([...state.conversations.filter((c) => c.id !== conv.id), merged]) };
    }
    case 'conversation_closed':
      return { ...state, conversations: state.conversations.filter((c) => c.id !== e.conversation_id) };
    default:
      return state;
  }
}

/** Adds or replaces a member in a loaded member list (lists not loaded stay unloaded). */
function putMember(state: AppState, m: MemberView): AppState {
  const list = state.members[m.community_id];
  if (!list) return state;
  return { ...state, members: { ...state.members, [m.community_id]: [...list.filter((x) => x.user?.id !== m.user?.id), m] } };
}

function maxSeq(a: Id, b: Id): Id {
  return compareIds(a, b) >= 0 ? a : b;
}

/** Receipts only move forward (the server's do too; a REST answer may arrive after a newer event). */
function raiseReceipt(state: AppState, channelId: Id, userId: Id, delivered: Id, read: Id): AppState {
  const old = state.receipts[channelId]?.[userId] ?? { delivered_seq: '0', read_seq: '0' };
  const read_seq = maxSeq(old.read_seq, read);
  const next = { read_seq, delivered_seq: maxSeq(maxSeq(old.delivered_seq, delivered), read_seq) };
  if (next.read_seq === old.read_seq && next.delivered_seq === old.delivered_seq && state.receipts[channelId]?.[userId]) return state;
  return { ...state, receipts: { ...state.receipts, [channelId]: { ...(state.receipts[channelId] ?? {}), [userId]: next } } };
}

/** ✓ delivered to every peer, ✓✓ read by every peer, or nothing yet (gateway.md §7, receipt_updated). */
export function receiptOf(state: AppState, channelId: Id, seq: Id, peers: Id[]): 'read' | 'delivered' | 'sent' {
  if (peers.length === 0) return 'sent';
  const r = peers.map((p) => state.receipts[channelId]?.[p]);
  if (r.every((x) => x && compareIds(x.read_seq, seq) >= 0)) return 'read';
  if (r.every((x) => x && compareIds(x.delivered_seq, seq) >= 0)) return 'delivered';
  return 'sent';
}

/** Typing users of a channel still shown at `now`, oldest first. */
export function typingIn(state: AppState, channelId: Id, now: number): Id[] {
  return Object.entries(state.typing[channelId] ?? {}).filter(([, until]) => until > now).map(([user]) => user);
}

/** A community's unread and mention totals over the channels you can see. */
export function communityBadge(state: AppState, c: CommunityState): { unread: boolean; mentions: number } {
  let unread = false;
  let mentions = 0;
  for (const ch of c.channels) {
    const rs = state.readStates[ch.id];
    if (rs && rs.unread_count > 0) unread = true;
    mentions += rs?.mention_count ?? 0;
  }
  return { unread, mentions };
}
