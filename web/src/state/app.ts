// The running client: one session, one gateway connection, one state. Components call these
// functions; every state change goes through reduce().
import { signal } from '@preact/signals';
import type {
  ChannelView, CommunitySnapshot, CommunityView, ConversationView, ErrorFrame, GatewayInfo, Id, InvitePreview,
  InviteView, MemberView, MessageView, ReceiptView, RoleView, TokenResponse, UserPublic, UserSelf,
} from '../generated/protocol';
import { ApiError, Rest } from '../api/rest';
import { fromTokens, loadSession, saveSession, type StoredSession } from '../api/session';
import { GatewayClient, type GatewayStatus, type SocketLike } from '../gateway/client';
import { emptyState, reduce, type Action, type AppState, type Outgoing } from './state';
import { PresenceFollows } from './presenceFollows';
import { navigate, parse, path } from '../ui/router';

export const session = signal<StoredSession | null>(loadSession());
export const state = signal<AppState>(emptyState);
export const status = signal<GatewayStatus>('stopped');
/** ms since epoch, ticking each second while someone types (typing indicators expire by it) */
export const now = signal(Date.now());
/** Users met outside loaded messages (typing indicators), by id; filled from GET /users/{id}. */
export const users = signal<Record<Id, UserPublic>>({});

export function apply(action: Action): void {
  state.value = reduce(state.value, action);
}

export const rest = new Rest({
  get: () => session.value,
  set: (s) => { session.value = s; saveSession(s); },
  expired: () => endLocally(),
});

const PAGE = 50;

const gateway = new GatewayClient({
  url: async () => (await rest.open<GatewayInfo>('GET', '/gateway')).url ?? '',
  token: () => rest.accessToken(),
  refresh: () => rest.refresh(),
  open: (url) => new WebSocket(url) as unknown as SocketLike,
  setTimeout: (f, ms) => window.setTimeout(f, ms),
  clearTimeout: (h) => window.clearTimeout(h as number),
  random: Math.random,
}, {
  status: (s) => { status.value = s; },
  ready: (ready) => { presenceFollows.reset(); apply({ type: 'ready', ready }); resendPending(); void catchUpAll(); },
  resumed: (resumed) => { presenceFollows.reset(); apply({ type: 'resumed', resumed }); resendPending(); },
  dispatch: (event) => {
    apply({ type: 'dispatch', event });
    if (event.type === 'community_created' && event.community) void loadCommunity(event.community);
    if (event.type === 'message_created' && event.message) void acknowledgeDelivery(event.message);
    if (event.type === 'member_joined' && event.member?.user && event.member.user.id !== state.value.user?.id) {
      // a newcomer's presence did not change, so none is pushed: ask for it (gateway.md §11)
      gateway.send({ op: 'REQUEST_MEMBERS', d: { community_id: event.member.community_id, user_ids: [event.member.user.id], presences: true } });
    }
    if (event.type === 'community_deleted' || event.type === 'conversation_closed') leaveIfViewing(event);
    if (event.type === 'sessions_revoked' && (event.session_ids ?? []).includes(session.value?.session_id ?? '')) endLocally();
  },
  presence: (presence) => apply({ type: 'presence', presence }),
  typing: (typing) => { apply({ type: 'typing', typing, now: Date.now() }); tickTyping(); void learnUser(typing.user_id); },
  members: (chunk) => { for (const presence of chunk.presences ?? []) apply({ type: 'presence', presence }); },
  ack: (ack) => { if (ack.message) apply({ type: 'acked', client_msg_id: ack.client_msg_id ?? '', message: ack.message }); },
  error: (e: ErrorFrame) => {
    if (e.op === 'SEND_MESSAGE' && e.nonce) apply({ type: 'send_failed', client_msg_id: e.nonce, error: e.detail ?? e.title ?? e.code ?? 'failed' });
  },
  stopped: () => endLocally(),
});

/** Presence follows of `large` communities' members on screen (gateway.md §11); they end with the connection. */
const presenceFollows = new PresenceFollows();

/** Asks for the presence of these members of a `large` community, each once per connection. */
export function followPresences(communityId: Id, userIds: Id[]): void {
  if (status.value !== 'live') return; // not asked now, asked again after READY/RESUMED
  for (const d of presenceFollows.requests(communityId, userIds)) gateway.send({ op: 'REQUEST_MEMBERS', d });
}

/** A community you were kicked from or left, or a group you left, goes away: so does its screen. */
function leaveIfViewing(event: { type: 'community_deleted'; community_id: Id } | { type: 'conversation_closed'; conversation_id: Id }): void {
  const route = parse(path.value);
  if (event.type === 'community_deleted' && route.name === 'community' && route.communityId === event.community_id) navigate('/channels/@me');
  if (event.type === 'conversation_closed' && route.name === 'home' && route.conversationId === event.conversation_id) navigate('/channels/@me');
}

async function learnUser(id: Id): Promise<void> {
  if (users.value[id]) return;
  try {
    const user = await rest.call<UserPublic>('GET', `/users/${id}`);
    users.value = { ...users.value, [id]: user };
  } catch {
    // the indicator says "Someone"
  }
}

let ticking: number | null = null;
function tickTyping(): void {
  now.value = Date.now();
  if (ticking !== null) return;
  ticking = window.setInterval(() => {
    now.value = Date.now();
    const anyone = Object.values(state.value.typing).some((users) => Object.values(users).some((t) => t > now.value));
    if (!anyone && ticking !== null) { window.clearInterval(ticking); ticking = null; }
  }, 1000);
}

/** Connects the gateway when a session exists (at start-up and after logging in). */
export function startSession(): void {
  if (session.value) gateway.start();
}

function endLocally(): void {
  gateway.stop();
  session.value = null;
  saveSession(null);
  apply({ type: 'reset' });
  navigate('/login');
}

export async function login(loginName: string, password: string): Promise<void> {
  const t = await rest.open<TokenResponse>('POST', '/auth/login', { login: loginName, password, device_name: deviceName() });
  session.value = fromTokens(t, Date.now());
  saveSession(session.value);
  startSession();
}

export async function register(username: string, displayName: string, password: string): Promise<void> {
  await rest.open<UserSelf>('POST', '/auth/register', { username, display_name: displayName || username, password });
  await login(username, password);
}

export async function logout(): Promise<void> {
  try {
    await rest.call<void>('POST', '/auth/logout');
  } catch {
    // the session ends locally whatever the server says
  }
  endLocally();
}

function deviceName(): string {
  return `Web (${navigator.platform || 'browser'})`.slice(0, 64);
}

// ---- messages

export async function loadHistory(channelId: Id, older: boolean): Promise<void> {
  const h = state.value.history[channelId];
  if (older && (!h || h.reachedStart || h.messages.length === 0)) return;
  const before = older ? `&before=${h!.messages[0]!.id}` : '';
  const page = await rest.call<{ messages?: MessageView[] }>('GET', `/channels/${channelId}/messages?limit=${PAGE}${before}`);
  const messages = page.messages ?? [];
  apply({ type: 'history', channel_id: channelId, messages, older, reachedStart: messages.length < PAGE });
}

const CATCH_UP_PAGE = 100;
const CATCH_UP_PAGES = 5;
/** The channel on screen catches up this far (its list is virtualized, so holding them is cheap). */
const SHOWN_CATCH_UP_PAGES = 100;
let shownChannel: Id | null = null;

/** The message pane says which channel it shows: that one keeps its messages through a resync. */
export function setShownChannel(channelId: Id | null): void {
  shownChannel = channelId;
}

/**
 * After a fresh READY (first connect, or RESYNC) nothing missed was replayed: fetch what came after
 * each loaded channel's newest message. A channel too far behind starts again from its newest page;
 * the one on screen catches up to 10,000 messages, so the reader keeps their place.
 */
async function catchUpAll(): Promise<void> {
  for (const channelId of Object.keys(state.value.history)) {
    try {
      await catchUp(channelId);
    } catch {
      apply({ type: 'history_dropped', channel_id: channelId });
    }
  }
}

async function catchUp(channelId: Id): Promise<void> {
  const pages = channelId === shownChannel ? SHOWN_CATCH_UP_PAGES : CATCH_UP_PAGES;
  for (let i = 0; i < pages; i++) {
    const messages = state.value.history[channelId]?.messages ?? [];
    const last = messages[messages.length - 1];
    if (!last) return loadHistory(channelId, false);
    const page = await rest.call<{ messages?: MessageView[] }>('GET', `/channels/${channelId}/messages?limit=${CATCH_UP_PAGE}&after=${last.id}`);
    apply({ type: 'history', channel_id: channelId, messages: page.messages ?? [], older: false, reachedStart: false });
    if ((page.messages ?? []).length < CATCH_UP_PAGE) return;
  }
  apply({ type: 'history_dropped', channel_id: channelId });
  await loadHistory(channelId, false);
}

export function send(channelId: Id, content: string, replyTo?: Id): void {
  const o: Outgoing = { client_msg_id: crypto.randomUUID(), channel_id: channelId, content, reply_to_id: replyTo,
    created_at: new Date().toISOString(), status: 'pending' };
  apply({ type: 'send', outgoing: o });
  sendOutgoing(o);
}

function sendOutgoing(o: Outgoing): boolean {
  return gateway.sendMessage({ channel_id: o.channel_id, content: o.content, client_msg_id: o.client_msg_id, reply_to_id: o.reply_to_id });
}

export async function editMessage(m: MessageView, content: string): Promise<void> {
  const edited = await rest.call<MessageView>('PATCH', `/messages/${m.id}`, { content });
  // the dispatch follows; applying the answer now makes the edit show at once
  apply({ type: 'dispatch', event: { type: 'message_updated', message: edited } });
}

export async function deleteMessage(m: MessageView): Promise<void> {
  await rest.call<void>('DELETE', `/messages/${m.id}`);
  apply({ type: 'dispatch', event: { type: 'message_deleted', channel_id: m.channel_id, message_id: m.id, seq: m.seq } });
}

/** Adds your reaction, or removes it when you already reacted with that emoji. */
export async function toggleReaction(m: MessageView, emoji: string): Promise<void> {
  const mine = (m.reactions ?? []).some((r) => r.emoji === emoji && r.me);
  await rest.call<void>(mine ? 'DELETE' : 'PUT', `/messages/${m.id}/reactions/${encodeURIComponent(emoji)}/@me`);
}

/** Sends a failed message again with the same client_msg_id, so it is posted at most once. */
export async function retry(clientMsgId: string): Promise<void> {
  const o = state.value.outgoing.find((x) => x.client_msg_id === clientMsgId);
  if (!o) return;
  apply({ type: 'retry', client_msg_id: clientMsgId });
  if (sendOutgoing(o)) return;
  try {
    const m = await rest.call<MessageView>('POST', `/channels/${o.channel_id}/messages`,
      { content: o.content, client_msg_id: o.client_msg_id, reply_to_id: o.reply_to_id });
    apply({ type: 'acked', client_msg_id: clientMsgId, message: m });
  } catch (e) {
    apply({ type: 'send_failed', client_msg_id: clientMsgId, error: e instanceof Error ? e.message : 'failed' });
  }
}

export function discard(clientMsgId: string): void {
  apply({ type: 'discard', client_msg_id: clientMsgId });
}

/** After READY/RESUMED: sends again what was never acked (same client_msg_id, §13). */
function resendPending(): void {
  for (const o of state.value.outgoing) {
    if (o.status === 'pending') sendOutgoing(o);
  }
}

let lastTyping = 0;
export function typing(channelId: Id): void {
  const t = Date.now();
  if (t - lastTyping < 5000) return;
  lastTyping = t;
  gateway.send({ op: 'TYPING_START', d: { channel_id: channelId } });
}

/** Marks the channel read up to its newest loaded message. */
export async function markRead(channelId: Id): Promise<void> {
  const rs = state.value.readStates[channelId];
  const messages = state.value.history[channelId]?.messages ?? [];
  const last = messages[messages.length - 1];
  if (!last || (rs && rs.unread_count === 0 && rs.read_seq === last.seq)) return;
  apply({ type: 'read', read_state: { channel_id: channelId, last_read_message_id: last.id, read_seq: last.seq,
    last_seq: rs?.last_seq ?? last.seq, unread_count: 0, mention_count: 0 } });
  try {
    await rest.call<void>('POST', `/channels/${channelId}/ack`, { message_id: last.id });
  } catch {
    // the next ack or READY corrects it
  }
}

// ---- receipts (DMs and groups)

/** Tells the author of a DM or group message that it reached this device (✓). */
async function acknowledgeDelivery(m: MessageView): Promise<void> {
  if (m.author?.id === state.value.user?.id || !state.value.conversations.some((c) => c.id === m.channel_id)) return;
  try {
    await rest.call<void>('POST', `/channels/${m.channel_id}/delivered`, { message_id: m.id });
  } catch {
    // a later message acknowledges this one too
  }
}

/** Loads who received and read your newest message of a conversation (later changes arrive as receipt_updated). */
export async function loadReceipts(channelId: Id): Promise<void> {
  const me = state.value.user?.id;
  const mine = (state.value.history[channelId]?.messages ?? []).filter((m) => m.author?.id === me && !m.deleted);
  const last = mine[mine.length - 1];
  if (!last) return;
  const r = await rest.call<ReceiptView>('GET', `/messages/${last.id}/receipts`);
  apply({ type: 'receipts_loaded', channel_id: channelId, seq: last.seq, delivered_to: r.delivered_to ?? [], read_by: r.read_by ?? [] });
}

// ---- communities, invites, DMs

async function loadCommunity(community: CommunityView): Promise<CommunitySnapshot> {
  const [channels, roles, member] = await Promise.all([
    rest.call<ChannelView[]>('GET', `/communities/${community.id}/channels`),
    rest.call<RoleView[]>('GET', `/communities/${community.id}/roles`),
    rest.call<MemberView>('GET', `/communities/${community.id}/members/@me`),
  ]);
  const snapshot: CommunitySnapshot = { community, channels, roles, member, large: false };
  apply({ type: 'community_loaded', snapshot });
  return snapshot;
}

function firstTextChannel(s: CommunitySnapshot): ChannelView | undefined {
  return (s.channels ?? []).filter((c) => c.type === 'text').sort((a, b) => a.position - b.position)[0];
}

export async function createCommunity(name: string): Promise<void> {
  const community = await rest.call<CommunityView>('POST', '/communities', { name });
  const snapshot = await loadCommunity(community);
  const ch = firstTextChannel(snapshot);
  navigate(ch ? `/channels/${community.id}/${ch.id}` : `/channels/${community.id}`);
}

export function createInvite(communityId: Id): Promise<InviteView> {
  return rest.call<InviteView>('POST', `/communities/${communityId}/invites`, {});
}

export function previewInvite(code: string): Promise<InvitePreview> {
  return rest.open<InvitePreview>('GET', `/invites/${encodeURIComponent(code)}`);
}

export async function acceptInvite(code: string): Promise<void> {
  const community = await rest.call<CommunityView>('POST', `/invites/${encodeURIComponent(code)}/accept`);
  const snapshot = await loadCommunity(community);
  const ch = firstTextChannel(snapshot);
  navigate(ch ? `/channels/${community.id}/${ch.id}` : `/channels/${community.id}`);
}

export async function openDm(username: string): Promise<void> {
  const user = await rest.call<{ id: Id }>('GET', `/users/by-username/${encodeURIComponent(username)}`);
  const conv = await rest.call<ConversationView>('POST', '/conversations/dm', { user_id: user.id });
  apply({ type: 'dispatch', event: { type: 'conversation_created', conversation: conv } });
  navigate(`/channels/@me/${conv.id}`);
}

export function describeError(e: unknown): string {
  if (e instanceof ApiError) {
    const fields = e.fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; ');
    return fields || e.message;
  }
  return 'Something went wrong.';
}
