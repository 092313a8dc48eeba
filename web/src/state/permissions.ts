// What the viewer may do in a community, computed on the client from READY's roles, the channels'
// overwrites and the member record, with the server's rules (docs/permissions.md; the Java twin is
// domain's PermissionCalculator and Hierarchy). The UI uses it only to hide or disable controls:
// the server decides, and a refused change still answers 403.
import type { ChannelView, MemberView, OverwriteView, RoleView } from '../generated/protocol';
import { PermissionBits, type PermissionName } from '../generated/permissions';
import { compareIds, type CommunityState } from './state';

/** A permission set: the wire's decimal string as a 64-bit field. */
export type Bits = bigint;

export const NONE: Bits = 0n;
export const ALL: Bits = Object.values(PermissionBits).reduce((all, bit) => all | (1n << BigInt(bit)), 0n);

export function mask(name: PermissionName): Bits {
  return 1n << BigInt(PermissionBits[name]);
}

export function has(bits: Bits, name: PermissionName): boolean {
  return (bits & mask(name)) !== 0n;
}

/** A wire permission set ("0" when absent or malformed). */
export function parseBits(s: string | undefined): Bits {
  try {
    return s ? BigInt(s) : 0n;
  } catch {
    return 0n;
  }
}

export function formatBits(bits: Bits): string {
  return bits.toString();
}

/** The community's @everyone role: its id is the community's. */
export function everyoneRole(c: CommunityState): RoleView | undefined {
  return c.roles.find((r) => r.everyone) ?? c.roles.find((r) => r.id === c.community.id);
}

function heldRoles(c: CommunityState, member: MemberView | undefined): RoleView[] {
  const ids = new Set(member?.role_ids ?? []);
  return c.roles.filter((r) => !r.everyone && ids.has(r.id));
}

function isOwner(c: CommunityState, member: MemberView | undefined): boolean {
  return !!member?.user && member.user.id === c.community.owner_id;
}

/** Community-level permissions: @everyone's plus every held role's; owner and ADMINISTRATOR hold all. */
export function basePermissions(c: CommunityState, member: MemberView | undefined = c.member): Bits {
  if (!member) return NONE;
  if (isOwner(c, member)) return ALL;
  let bits = parseBits(everyoneRole(c)?.permissions);
  for (const r of heldRoles(c, member)) bits |= parseBits(r.permissions);
  return has(bits, 'ADMINISTRATOR') ? ALL : bits;
}

/** The overwrites that govern a channel: its category's while it is synced with one. */
export function effectiveOverwrites(c: CommunityState, channel: ChannelView): OverwriteView[] {
  if (channel.synced_with_category && channel.parent_id) {
    const category = c.channels.find((x) => x.id === channel.parent_id);
    if (category) return category.overwrites ?? [];
  }
  return channel.overwrites ?? [];
}

/** Permissions in a channel: base, then @everyone's, the roles' (merged) and the member's overwrites, then the implicit rules. */
export function channelPermissions(c: CommunityState, channel: ChannelView, member: MemberView | undefined = c.member): Bits {
  const base = basePermissions(c, member);
  if (has(base, 'ADMINISTRATOR')) return ALL;
  const overwrites = effectiveOverwrites(c, channel);
  const everyoneId = everyoneRole(c)?.id ?? c.community.id;
  const roles = new Set(heldRoles(c, member).map((r) => r.id));
  const userId = member?.user?.id;
  let bits = base;
  bits = level(bits, overwrites.filter((o) => o.type === 'role' && o.target_id === everyoneId));
  bits = level(bits, overwrites.filter((o) => o.type === 'role' && roles.has(o.target_id)));
  bits = level(bits, overwrites.filter((o) => o.type === 'member' && o.target_id === userId));
  if (!has(bits, 'VIEW_CHANNEL')) return NONE;
  if (channel.type === 'announcement' && !has(bits, 'MANAGE_MESSAGES')) bits &= ~mask('SEND_MESSAGES');
  if (!has(bits, 'SEND_MESSAGES')) bits &= ~(mask('MENTION_EVERYONE') | mask('ATTACH_FILES') | mask('EMBED_LINKS'));
  return bits;
}

/** Whether the viewer sees the channel (the server sends channel_deleted to those who stop seeing it). */
export function canSee(c: CommunityState, channel: ChannelView): boolean {
  return has(channelPermissions(c, channel), 'VIEW_CHANNEL');
}

/** One level: remove the union of the denies, then add the union of the allows (ADMINISTRATOR is never overwritten). */
function level(bits: Bits, overwrites: OverwriteView[]): Bits {
  let deny = NONE;
  let allow = NONE;
  for (const o of overwrites) {
    deny |= parseBits(o.deny);
    allow |= parseBits(o.allow);
  }
  const admin = mask('ADMINISTRATOR');
  return (bits & ~(deny & ~admin)) | (allow & ~admin);
}

/** A member's rank: the owner above everyone, else the highest held role's position (0 with none). */
export function rank(c: CommunityState, member: MemberView | undefined): number {
  if (isOwner(c, member)) return Number.MAX_SAFE_INTEGER;
  return Math.max(0, ...heldRoles(c, member).map((r) => r.position));
}

/** The viewer may edit, assign or remove this role: MANAGE_ROLES and the role ranks strictly below them. */
export function canManageRole(c: CommunityState, role: RoleView): boolean {
  if (!has(basePermissions(c), 'MANAGE_ROLES')) return false;
  return isOwner(c, c.member) || (role.everyone ? 0 : role.position) < rank(c, c.member);
}

/** The viewer may act on this member with `permission` (kick, nickname): they hold it and outrank the member. */
export function canActOnMember(c: CommunityState, target: MemberView, permission: PermissionName): boolean {
  const me = c.member;
  if (!me?.user || !target.user || target.user.id === me.user.id || isOwner(c, target)) return false;
  if (!has(basePermissions(c), permission)) return false;
  return isOwner(c, me) || rank(c, me) > rank(c, target);
}

/** Which parts of community settings the viewer may open; settings are shown when any is true. */
export interface SettingsAccess {
  overview: boolean;
  channels: boolean;
  roles: boolean;
  members: boolean;
}

export function settingsAccess(c: CommunityState): SettingsAccess {
  const base = basePermissions(c);
  return {
    overview: has(base, 'MANAGE_COMMUNITY'),
    channels: has(base, 'MANAGE_CHANNELS') || has(base, 'MANAGE_ROLES'),
    roles: has(base, 'MANAGE_ROLES'),
    members: has(base, 'MANAGE_ROLES') || has(base, 'KICK_MEMBERS'),
  };
}

export function anySettings(a: SettingsAccess): boolean {
  return a.overview || a.channels || a.roles || a.members;
}

/** Roles from highest to lowest, @everyone last (the order settings show them in). */
export function rolesByRank(roles: RoleView[]): RoleView[] {
  return [...roles].sort((a, b) => Number(a.everyone) - Number(b.everyone) || b.position - a.position || compareIds(a.id, b.id));
}
