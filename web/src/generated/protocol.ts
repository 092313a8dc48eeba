// Generated from the protocol module by dev.parley.web.TypeScriptTypes. Do not edit.
// Regenerate: ./mvnw -q -B test -pl web -am -Dtest=GeneratedTypesTest -Dsurefire.failIfNoSpecifiedTests=false -Dparley.web.regenerate=true
/* eslint-disable */

/** A 64-bit id as a decimal string. */
export type Id = string;
/** An ISO-8601 UTC time. */
export type Time = string;

export interface AckRequest {
  message_id?: Id;
}

export interface AddParticipantRequest {
  user_id?: Id;
}

export interface BulkDeleteRequest {
  message_ids?: string[];
}

export interface ChangePasswordRequest {
  current_password?: string;
  new_password?: string;
}

export interface ChannelCreated {
  type: 'channel_created';
  channel?: ChannelView;
}

export interface ChannelDeleted {
  type: 'channel_deleted';
  community_id: Id;
  channel_id: Id;
}

export interface ChannelUpdated {
  type: 'channel_updated';
  channel?: ChannelView;
}

export interface ChannelView {
  id: Id;
  community_id: Id;
  type?: string;
  name?: string;
  topic?: string;
  position: number;
  parent_id?: Id;
  slowmode_seconds: number;
  nsfw: boolean;
  synced_with_category: boolean;
  overwrites?: OverwriteView[];
  created_at?: Time;
}

export interface CommunityCreated {
  type: 'community_created';
  community?: CommunityView;
}

export interface CommunityDeleted {
  type: 'community_deleted';
  community_id: Id;
}

export interface CommunitySnapshot {
  community?: CommunityView;
  channels?: ChannelView[];
  roles?: RoleView[];
  member?: MemberView;
  large: boolean;
}

export interface CommunityUpdated {
  type: 'community_updated';
  community?: CommunityView;
}

export interface CommunityView {
  id: Id;
  name?: string;
  description?: string;
  owner_id: Id;
  member_count: number;
  created_at?: Time;
}

export interface ConversationClosed {
  type: 'conversation_closed';
  conversation_id: Id;
}

export interface ConversationCreated {
  type: 'conversation_created';
  conversation?: ConversationView;
}

export interface ConversationUpdated {
  type: 'conversation_updated';
  conversation?: ConversationView;
}

export interface ConversationView {
  id: Id;
  kind?: string;
  name?: string;
  owner_id?: Id;
  participants?: UserPublic[];
  last_message?: MessageView;
  unread_count: number;
  mention_count: number;
  created_at?: Time;
  last_activity_at?: Time;
}

export interface CreateChannelRequest {
  type?: string;
  name?: string;
  topic?: string;
  parent_id?: Id;
  position?: number;
  slowmode_seconds?: number;
  nsfw?: boolean;
}

export interface CreateCommunityRequest {
  name?: string;
  description?: string;
}

export interface CreateGroupRequest {
  name?: string;
  user_ids?: string[];
}

export interface CreateInviteRequest {
  max_age_seconds?: number;
  max_uses?: number;
}

export interface CreateRoleRequest {
  name?: string;
  color?: number;
  position?: number;
  permissions?: Id;
}

export interface DeleteAccountRequest {
  password?: string;
}

export interface DeleteCommunityRequest {
  confirm_name?: string;
}

export interface DispatchFrame {
  t?: string;
  s: number;
  d?: Event;
}

export interface EditMessageRequest {
  content?: string;
}

export interface Envelope {
  op?: Op;
  t?: string;
  s?: number;
  d?: unknown;
}

export interface ErrorFrame {
  op?: Op;
  nonce?: string;
  code?: string;
  status: number;
  title?: string;
  detail?: string;
  errors?: ProblemFieldError[];
  retry_after_seconds?: number;
}

export interface GatewayInfo {
  url?: string;
}

export interface Heartbeat {
  seq?: number;
}

export interface HeartbeatAck {
  seq?: number;
}

export interface Hello {
  heartbeat_interval_ms: number;
}

export interface Identify {
  token?: string;
  presence?: PresenceUpdate;
  client?: string;
}

export interface InviteCreated {
  type: 'invite_created';
  invite?: InviteView;
}

export interface InviteDeleted {
  type: 'invite_deleted';
  community_id: Id;
  code?: string;
}

export interface InvitePreview {
  code?: string;
  community_id: Id;
  community_name?: string;
  community_description?: string;
  member_count: number;
  inviter?: UserPublic;
  expires_at?: Time;
}

export interface InviteView {
  code?: string;
  community_id: Id;
  inviter_id: Id;
  created_at?: Time;
  expires_at?: Time;
  max_uses: number;
  uses: number;
}

export interface LoginRequest {
  login?: string;
  password?: string;
  device_name?: string;
}

export interface MemberJoined {
  type: 'member_joined';
  member?: MemberView;
}

export interface MemberLeft {
  type: 'member_left';
  community_id: Id;
  user_id: Id;
  reason?: string;
}

export interface MemberPage {
  members?: MemberView[];
  next?: Id;
}

export interface MemberUpdated {
  type: 'member_updated';
  member?: MemberView;
}

export interface MemberView {
  community_id: Id;
  user?: UserPublic;
  nickname?: string;
  role_ids?: string[];
  joined_at?: Time;
}

export interface MembersChunk {
  community_id: Id;
  members?: MemberView[];
  presences?: Presence[];
  not_found?: string[];
  next?: Id;
  nonce?: string;
}

export interface MentionsView {
  users?: string[];
  roles?: string[];
  everyone: boolean;
  here: boolean;
}

export interface MessageAck {
  client_msg_id?: string;
  message?: MessageView;
}

export interface MessageCreated {
  type: 'message_created';
  message?: MessageView;
}

export interface MessageDeleted {
  type: 'message_deleted';
  channel_id: Id;
  message_id: Id;
  seq: Id;
}

export interface MessagePage {
  messages?: MessageView[];
}

export interface MessageUpdated {
  type: 'message_updated';
  message?: MessageView;
}

export interface MessageVersionView {
  version: number;
  content?: string;
  written_at?: Time;
  replaced_at?: Time;
}

export interface MessageView {
  id: Id;
  channel_id: Id;
  seq: Id;
  author?: UserPublic;
  content?: string;
  client_msg_id?: string;
  reply_to_id?: Id;
  mentions?: MentionsView;
  reactions?: ReactionView[];
  pinned: boolean;
  deleted: boolean;
  created_at?: Time;
  edited_at?: Time;
}

export interface MessagesBulkDeleted {
  type: 'messages_bulk_deleted';
  channel_id: Id;
  message_ids?: string[];
}

export interface OpenDmRequest {
  user_id?: Id;
}

export interface OverwriteView {
  target_id: Id;
  type?: string;
  allow: Id;
  deny: Id;
}

export interface PermissionsView {
  user_id: Id;
  channel_id: Id;
  bits: Id;
  names?: string[];
}

export interface Presence {
  user_id: Id;
  status?: string;
  last_seen_at?: Time;
}

export interface PresenceUpdate {
  status?: string;
  afk?: boolean;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  instance?: string;
  errors?: ProblemFieldError[];
  retry_after_seconds?: number;
}

export interface ProblemFieldError {
  field?: string;
  message?: string;
}

export interface PutOverwriteRequest {
  type?: string;
  allow?: Id;
  deny?: Id;
}

export interface ReactionAdded {
  type: 'reaction_added';
  channel_id: Id;
  message_id: Id;
  user_id: Id;
  emoji?: string;
}

export interface ReactionRemoved {
  type: 'reaction_removed';
  channel_id: Id;
  message_id: Id;
  user_id: Id;
  emoji?: string;
}

export interface ReactionView {
  emoji?: string;
  count: number;
  me: boolean;
}

export interface ReactionsCleared {
  type: 'reactions_cleared';
  channel_id: Id;
  message_id: Id;
  emoji?: string;
}

export interface ReadStateUpdated {
  type: 'read_state_updated';
  read_state?: ReadStateView;
}

export interface ReadStateView {
  channel_id: Id;
  last_read_message_id: Id;
  read_seq: Id;
  last_seq: Id;
  unread_count: number;
  mention_count: number;
}

export interface Ready {
  session_id?: string;
  user?: UserSelf;
  settings?: SettingsView;
  communities?: CommunitySnapshot[];
  conversations?: ConversationView[];
  read_states?: ReadStateView[];
  presences?: Presence[];
}

export interface ReceiptUpdated {
  type: 'receipt_updated';
  channel_id: Id;
  user_id: Id;
  delivered_seq: Id;
  read_seq: Id;
}

export interface ReceiptView {
  message_id: Id;
  delivered_to?: string[];
  read_by?: string[];
}

export interface RefreshRequest {
  refresh_token?: string;
}

export interface RegisterRequest {
  username?: string;
  display_name?: string;
  email?: string;
  password?: string;
}

export interface ReorderChannelsRequest {
  channels?: ReorderChannelsRequestEntry[];
}

export interface ReorderChannelsRequestEntry {
  id?: Id;
  position?: number;
}

export interface RequestMembers {
  community_id?: Id;
  user_ids?: string[];
  query?: string;
  after?: Id;
  limit?: number;
  presences?: boolean;
  nonce?: string;
}

export interface Resume {
  token?: string;
  session_id?: string;
  seq?: number;
}

export interface Resumed {
  replayed: number;
  presences?: Presence[];
}

export interface Resync {
  reason?: string;
}

export interface RoleCreated {
  type: 'role_created';
  role?: RoleView;
}

export interface RoleDeleted {
  type: 'role_deleted';
  community_id: Id;
  role_id: Id;
}

export interface RoleUpdated {
  type: 'role_updated';
  role?: RoleView;
}

export interface RoleView {
  id: Id;
  community_id: Id;
  name?: string;
  color: number;
  position: number;
  permissions: Id;
  everyone: boolean;
}

export interface SendMessage {
  channel_id?: Id;
  content?: string;
  client_msg_id?: string;
  reply_to_id?: Id;
}

export interface SendMessageRequest {
  content?: string;
  client_msg_id?: string;
  reply_to_id?: Id;
}

export interface SessionView {
  id: Id;
  device_name?: string;
  ip?: string;
  created_at?: Time;
  last_used_at?: Time;
  current: boolean;
}

export interface SessionsRevoked {
  type: 'sessions_revoked';
  user_id: Id;
  session_ids?: string[];
}

export interface SettingsUpdated {
  type: 'settings_updated';
  settings?: SettingsView;
}

export interface SettingsView {
  dms_from_strangers: boolean;
  read_receipts: boolean;
}

export interface TokenResponse {
  access_token?: string;
  token_type?: string;
  expires_in: number;
  refresh_token?: string;
  session_id: Id;
  user?: UserSelf;
}

export interface TransferOwnershipRequest {
  new_owner_id?: Id;
}

export interface Typing {
  channel_id: Id;
  user_id: Id;
}

export interface TypingStart {
  channel_id?: Id;
}

export interface UpdateChannelRequest {
  name?: string;
  topic?: string;
  position?: number;
  parent_id?: Id;
  slowmode_seconds?: number;
  nsfw?: boolean;
  synced_with_category?: boolean;
  clear?: string[];
}

export interface UpdateCommunityRequest {
  name?: string;
  description?: string;
  clear?: string[];
}

export interface UpdateGroupRequest {
  name?: string;
  clear?: string[];
}

export interface UpdateMemberRequest {
  nickname?: string;
  clear?: string[];
}

export interface UpdateProfileRequest {
  display_name?: string;
  bio?: string;
  pronouns?: string;
  custom_status?: string;
  accent_color?: number;
  avatar?: string;
  clear?: string[];
}

export interface UpdateRoleRequest {
  name?: string;
  color?: number;
  position?: number;
  permissions?: Id;
}

export interface UpdateSettingsRequest {
  dms_from_strangers?: boolean;
  read_receipts?: boolean;
}

export interface UserDeleted {
  type: 'user_deleted';
  user_id: Id;
}

export interface UserPublic {
  id: Id;
  username?: string;
  display_name?: string;
  bio?: string;
  pronouns?: string;
  custom_status?: string;
  accent_color?: number;
  avatar?: string;
  deleted: boolean;
  created_at?: Time;
}

export interface UserSelf {
  id: Id;
  username?: string;
  display_name?: string;
  email?: string;
  bio?: string;
  pronouns?: string;
  custom_status?: string;
  accent_color?: number;
  avatar?: string;
  admin: boolean;
  created_at?: Time;
}

export interface UserUpdated {
  type: 'user_updated';
  user?: UserPublic;
}

/** The dispatch catalog: DISPATCH.d, discriminated by type (= DISPATCH.t). */
export type Event =
  | UserUpdated
  | UserDeleted
  | SessionsRevoked
  | SettingsUpdated
  | CommunityCreated
  | CommunityUpdated
  | CommunityDeleted
  | ChannelCreated
  | ChannelUpdated
  | ChannelDeleted
  | RoleCreated
  | RoleUpdated
  | RoleDeleted
  | MemberJoined
  | MemberUpdated
  | MemberLeft
  | InviteCreated
  | InviteDeleted
  | MessageCreated
  | MessageUpdated
  | MessageDeleted
  | MessagesBulkDeleted
  | ReactionAdded
  | ReactionRemoved
  | ReactionsCleared
  | ReadStateUpdated
  | ReceiptUpdated
  | ConversationCreated
  | ConversationUpdated
  | ConversationClosed;
export type EventType = Event['type'];

export type Op =
  | 'HELLO'
  | 'IDENTIFY'
  | 'READY'
  | 'RESUME'
  | 'RESUMED'
  | 'RESYNC'
  | 'HEARTBEAT'
  | 'HEARTBEAT_ACK'
  | 'DISPATCH'
  | 'REQUEST_MEMBERS'
  | 'MEMBERS_CHUNK'
  | 'PRESENCE_UPDATE'
  | 'TYPING_START'
  | 'SEND_MESSAGE'
  | 'MESSAGE_ACK'
  | 'ERROR';

/** What a client sends: the envelope's op and its payload. */
export type ClientFrame =
  | { op: 'IDENTIFY'; d: Identify }
  | { op: 'RESUME'; d: Resume }
  | { op: 'HEARTBEAT'; d: Heartbeat }
  | { op: 'REQUEST_MEMBERS'; d: RequestMembers }
  | { op: 'PRESENCE_UPDATE'; d: PresenceUpdate }
  | { op: 'TYPING_START'; d: TypingStart }
  | { op: 'SEND_MESSAGE'; d: SendMessage };

/** What the server sends; DISPATCH carries s (session sequence) and t (= d.type). */
export type ServerFrame =
  | { op: 'HELLO'; d: Hello }
  | { op: 'READY'; d: Ready }
  | { op: 'RESUMED'; d: Resumed }
  | { op: 'RESYNC'; d: Resync }
  | { op: 'HEARTBEAT_ACK'; d: HeartbeatAck }
  | { op: 'DISPATCH'; t: EventType; s: number; d: Event }
  | { op: 'MEMBERS_CHUNK'; d: MembersChunk }
  | { op: 'PRESENCE_UPDATE'; d: Presence }
  | { op: 'TYPING_START'; d: Typing }
  | { op: 'MESSAGE_ACK'; d: MessageAck }
  | { op: 'ERROR'; d: ErrorFrame };

export type CloseAction = 'RESUME' | 'RECONNECT' | 'STOP';

/** The gateway's close codes (gateway.md §9) and what a client does after each. */
export const CloseCodes: Readonly<Record<number, { reason: string; action: CloseAction }>> = {
  4000: { reason: 'unknown_error', action: 'RESUME' },
  4001: { reason: 'unknown_op', action: 'RESUME' },
  4002: { reason: 'decode_error', action: 'RESUME' },
  4003: { reason: 'not_authenticated', action: 'RECONNECT' },
  4004: { reason: 'authentication_failed', action: 'STOP' },
  4005: { reason: 'already_authenticated', action: 'RESUME' },
  4006: { reason: 'invalid_seq', action: 'RECONNECT' },
  4007: { reason: 'rate_limited', action: 'RESUME' },
  4008: { reason: 'identify_timeout', action: 'RECONNECT' },
  4009: { reason: 'session_timeout', action: 'RESUME' },
  4010: { reason: 'payload_too_large', action: 'RESUME' },
  4011: { reason: 'slow_consumer', action: 'RESUME' },
  4012: { reason: 'session_revoked', action: 'STOP' },
  4013: { reason: 'session_replaced', action: 'RECONNECT' },
  4014: { reason: 'server_restarting', action: 'RESUME' },
};

/** Stable problem codes (api.md, Errors). */
export type ErrorCode =
  | 'validation_failed'
  | 'malformed_json'
  | 'unknown_field'
  | 'malformed_id'
  | 'password_too_weak'
  | 'confirmation_mismatch'
  | 'unauthenticated'
  | 'token_invalid'
  | 'token_expired'
  | 'invalid_credentials'
  | 'refresh_token_invalid'
  | 'refresh_token_reused'
  | 'missing_permission'
  | 'hierarchy'
  | 'origin_not_allowed'
  | 'dms_closed'
  | 'not_found'
  | 'method_not_allowed'
  | 'username_taken'
  | 'email_taken'
  | 'already_member'
  | 'owner_cannot_leave'
  | 'client_msg_id_reused'
  | 'conflict'
  | 'invite_expired'
  | 'invite_used_up'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal'
  | 'unavailable';

/** Gateway limits and timings (gateway.md §14). */
export const GatewayLimits = {
  MAX_INBOUND_FRAME_BYTES: 16384,
  INBOUND_OPS_PER_WINDOW: 120,
  INBOUND_WINDOW_SECONDS: 60,
  IDENTIFY_DEADLINE_SECONDS: 10,
  HEARTBEAT_INTERVAL_MILLIS: 41250,
  MISSED_HEARTBEATS_BEFORE_CLOSE: 2,
  MAX_QUEUED_FRAMES: 2048,
  MAX_QUEUED_BYTES: 8388608,
  DEFAULT_RESUME_WINDOW_SECONDS: 300,
  DEFAULT_RESUME_MAX_EVENTS: 10000,
  LARGE_COMMUNITY_MEMBERS: 1000,
  MEMBERS_MAX_USER_IDS: 100,
  MEMBERS_QUERY_MAX_LENGTH: 32,
  MEMBERS_QUERY_DEFAULT_LIMIT: 25,
  MEMBERS_QUERY_MAX_LIMIT: 100,
  MEMBERS_PAGE_DEFAULT_LIMIT: 100,
  MEMBERS_PAGE_MAX_LIMIT: 1000,
  PRESENCE_SUBSCRIPTIONS_MAX: 1000,
  MAX_NONCE_LENGTH: 64,
  MAX_CLIENT_NAME_LENGTH: 64,
  MAX_SESSION_ID_LENGTH: 64,
  TYPING_RESEND_SECONDS: 5,
  TYPING_RELAY_MIN_INTERVAL_MILLIS: 4000,
  TYPING_EXPIRY_SECONDS: 8,
  CLIENT_IDLE_AFTER_SECONDS: 300,
  PRESENCE_OFFLINE_GRACE_SECONDS: 10,
  BACKOFF_BASE_MILLIS: 1000,
  BACKOFF_MAX_MILLIS: 60000,
  TOKEN_REFRESH_MARGIN_SECONDS: 30,
  MIN_CLIENT_RECEIVE_BYTES: 16777216,
} as const;
