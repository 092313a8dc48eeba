// Community and group management over REST (docs/api.md, Resources). Each change is also applied
// as the dispatch it causes, so the screen that made it updates at once; the real dispatch follows
// (for everyone else too) and is idempotent in the reducer.
import type {
  ChannelView, CommunityView, ConversationView, CreateChannelRequest, CreateRoleRequest, Id, MemberView, RoleView,
  UpdateChannelRequest, UpdateCommunityRequest, UpdateRoleRequest, UserPublic,
} from '../generated/protocol';
import { apply, rest, state } from './app';
import { canSee } from './permissions';
import type { OverwriteBits } from './overwrites';

// ---- community

export async function updateCommunity(id: Id, body: UpdateCommunityRequest): Promise<void> {
  const community = await rest.call<CommunityView>('PATCH', `/communities/${id}`, body);
  apply({ type: 'dispatch', event: { type: 'community_updated', community } });
}

// ---- channels and categories

/**
 * Applies a channel from a REST answer as its dispatch would. A change that hid the channel from
 * the viewer (an overwrite on their own role, say) reached them as channel_deleted, possibly before
 * this answer: applying the answer would bring the channel back, so it is dropped instead.
 */
function channelChanged(channel: ChannelView, created = false): void {
  const community = state.value.communities.find((c) => c.community.id === channel.community_id);
  if (community && !canSee({ ...community, channels: [...community.channels.filter((c) => c.id !== channel.id), channel] }, channel)) {
    apply({ type: 'dispatch', event: { type: 'channel_deleted', community_id: channel.community_id, channel_id: channel.id } });
    return;
  }
  apply({ type: 'dispatch', event: { type: created ? 'channel_created' : 'channel_updated', channel } });
}

export async function createChannel(communityId: Id, body: CreateChannelRequest): Promise<ChannelView> {
  const channel = await rest.call<ChannelView>('POST', `/communities/${communityId}/channels`, body);
  channelChanged(channel, true);
  return channel;
}

export async function updateChannel(id: Id, body: UpdateChannelRequest): Promise<void> {
  channelChanged(await rest.call<ChannelView>('PATCH', `/channels/${id}`, body));
}

export async function deleteChannel(channel: ChannelView): Promise<void> {
  await rest.call<void>('DELETE', `/channels/${channel.id}`);
  apply({ type: 'dispatch', event: { type: 'channel_deleted', community_id: channel.community_id, channel_id: channel.id } });
}

/** Sets several channels' positions in one change. */
export async function reorderChannels(communityId: Id, positions: { id: Id; position: number }[]): Promise<void> {
  const changed = await rest.call<ChannelView[]>('PUT', `/communities/${communityId}/channel-positions`, { channels: positions });
  for (const channel of changed ?? []) channelChanged(channel);
}

/** Sets an overwrite for a role or a member; an empty one is removed instead (it would change nothing). */
export async function saveOverwrite(channelId: Id, targetId: Id, type: 'role' | 'member', bits: OverwriteBits, existed: boolean): Promise<void> {
  if (bits.allow === '0' && bits.deny === '0') {
    if (existed) channelChanged(await rest.call<ChannelView>('DELETE', `/channels/${channelId}/overwrites/${targetId}`));
    return;
  }
  channelChanged(await rest.call<ChannelView>('PUT', `/channels/${channelId}/overwrites/${targetId}`, { type, ...bits }));
}

export async function deleteOverwrite(channelId: Id, targetId: Id): Promise<void> {
  channelChanged(await rest.call<ChannelView>('DELETE', `/channels/${channelId}/overwrites/${targetId}`));
}

// ---- roles

export async function createRole(communityId: Id, body: CreateRoleRequest): Promise<RoleView> {
  const role = await rest.call<RoleView>('POST', `/communities/${communityId}/roles`, body);
  apply({ type: 'dispatch', event: { type: 'role_created', role } });
  return role;
}

export async function updateRole(role: RoleView, body: UpdateRoleRequest): Promise<void> {
  const updated = await rest.call<RoleView>('PATCH', `/communities/${role.community_id}/roles/${role.id}`, body);
  apply({ type: 'dispatch', event: { type: 'role_updated', role: updated } });
}

export async function deleteRole(role: RoleView): Promise<void> {
  await rest.call<void>('DELETE', `/communities/${role.community_id}/roles/${role.id}`);
  apply({ type: 'dispatch', event: { type: 'role_deleted', community_id: role.community_id, role_id: role.id } });
}

/** Swaps two roles' positions (moving one up or down past its neighbour); positions start at 1 above @everyone. */
export async function swapRoles(a: RoleView, b: RoleView): Promise<void> {
  const [pa, pb] = a.position === b.position ? [b.position + 1, a.position] : [b.position, a.position];
  await updateRole(a, { position: pa });
  await updateRole(b, { position: pb });
}

// ---- members

function memberChanged(member: MemberView): void {
  apply({ type: 'dispatch', event: { type: 'member_updated', member } });
}

export async function setMemberRole(communityId: Id, userId: Id, roleId: Id, held: boolean): Promise<void> {
  memberChanged(await rest.call<MemberView>(held ? 'PUT' : 'DELETE', `/communities/${communityId}/members/${userId}/roles/${roleId}`));
}

/** Kicks a member. member_left is left to the dispatch: it subtracts from member_count, so it must apply once. */
export async function kickMember(communityId: Id, userId: Id): Promise<void> {
  await rest.call<void>('DELETE', `/communities/${communityId}/members/${userId}`);
}

// ---- groups

/** Looks up users by username (each must exist); throws naming the first unknown one. */
export async function usersByName(usernames: string[]): Promise<UserPublic[]> {
  return Promise.all(usernames.map((u) => rest.call<UserPublic>('GET', `/users/by-username/${encodeURIComponent(u)}`)));
}

function conversationChanged(conversation: ConversationView, created = false): void {
  apply({ type: 'dispatch', event: { type: created ? 'conversation_created' : 'conversation_updated', conversation } });
}

export async function createGroup(usernames: string[], name?: string): Promise<ConversationView> {
  const users = await usersByName(usernames);
  const conv = await rest.call<ConversationView>('POST', '/conversations/groups', { name: name || undefined, user_ids: users.map((u) => u.id) });
  conversationChanged(conv, true);
  return conv;
}

export async function renameGroup(id: Id, name: string): Promise<void> {
  conversationChanged(await rest.call<ConversationView>('PATCH', `/conversations/${id}`, name ? { name } : { clear: ['name'] }));
}

export async function addParticipant(id: Id, username: string): Promise<void> {
  const [user] = await usersByName([username]);
  conversationChanged(await rest.call<ConversationView>('POST', `/conversations/${id}/participants`, { user_id: user!.id }));
}

export async function removeParticipant(id: Id, userId: Id): Promise<void> {
  await rest.call<void>('DELETE', `/conversations/${id}/participants/${userId}`);
}

export async function leaveGroup(id: Id): Promise<void> {
  await rest.call<void>('DELETE', `/conversations/${id}/participants/@me`);
  apply({ type: 'dispatch', event: { type: 'conversation_closed', conversation_id: id } });
}
