// The client's permission computation (which controls settings show) against the rules of
// docs/permissions.md, and how gateway events change it live.
import { describe, expect, test } from 'vitest';
import type { ChannelView, MemberView, RoleView } from '../src/generated/protocol';
import {
  ALL, basePermissions, canActOnMember, canSee, canManageRole, channelPermissions, has, mask, rank, rolesByRank, settingsAccess,
} from '../src/state/permissions';
import { reduce, type CommunityState } from '../src/state/state';
import { ada, general, grace, lab, world } from './fixtures';

const bits = (...names: Parameters<typeof mask>[0][]) => names.reduce((b, n) => b | mask(n), 0n).toString();
const everyone: RoleView = { id: lab.id, community_id: lab.id, name: '@everyone', color: 0, position: 0, everyone: true,
  permissions: bits('VIEW_CHANNEL', 'SEND_MESSAGES', 'READ_MESSAGE_HISTORY', 'EMBED_LINKS') };
const mod: RoleView = { id: '5001', community_id: lab.id, name: 'Mod', color: 0xff0000, position: 2, everyone: false,
  permissions: bits('MANAGE_CHANNELS', 'KICK_MEMBERS', 'MANAGE_ROLES') };
const helper: RoleView = { id: '5002', community_id: lab.id, name: 'Helper', color: 0, position: 1, everyone: false, permissions: '0' };
const admin: RoleView = { id: '5003', community_id: lab.id, name: 'Admin', color: 0, position: 3, everyone: false, permissions: bits('ADMINISTRATOR') };

const graceMember = (role_ids: string[] = []): MemberView => ({ community_id: lab.id, user: grace, role_ids });
const adaMember: MemberView = { community_id: lab.id, user: ada, role_ids: [] };

/** Lab as Grace sees it (Ada owns it), with the given roles held by Grace. */
function asGrace(roleIds: string[] = [], channels: ChannelView[] = [general]): CommunityState {
  return { community: lab, channels, roles: [everyone, mod, helper, admin], member: graceMember(roleIds), large: false };
}

function channel(over: Partial<ChannelView>): ChannelView {
  return { ...general, ...over };
}

describe('base permissions', () => {
  test('the owner holds everything', () => {
    expect(basePermissions({ ...asGrace(), member: adaMember })).toBe(ALL);
  });
  test('@everyone plus every held role', () => {
    const b = basePermissions(asGrace([mod.id]));
    expect(has(b, 'SEND_MESSAGES')).toBe(true);
    expect(has(b, 'KICK_MEMBERS')).toBe(true);
    expect(has(b, 'MANAGE_COMMUNITY')).toBe(false);
  });
  test('ADMINISTRATOR from any role is everything', () => {
    expect(basePermissions(asGrace([admin.id]))).toBe(ALL);
  });
  test('no member record, no permissions', () => {
    expect(basePermissions({ ...asGrace(), member: undefined })).toBe(0n);
  });
});

describe('channel permissions', () => {
  const deny = (target: string, type: 'role' | 'member', ...names: Parameters<typeof mask>[0][]) => ({ target_id: target, type, allow: '0', deny: bits(...names) });
  const allow = (target: string, type: 'role' | 'member', ...names: Parameters<typeof mask>[0][]) => ({ target_id: target, type, allow: bits(...names), deny: '0' });

  test('@everyone denied VIEW_CHANNEL: nothing at all', () => {
    const ch = channel({ overwrites: [deny(lab.id, 'role', 'VIEW_CHANNEL')] });
    expect(channelPermissions(asGrace([], [ch]), ch)).toBe(0n);
  });
  test('an allow on one held role beats a deny on another', () => {
    const ch = channel({ overwrites: [deny(mod.id, 'role', 'SEND_MESSAGES'), allow(helper.id, 'role', 'SEND_MESSAGES')] });
    expect(has(channelPermissions(asGrace([mod.id, helper.id], [ch]), ch), 'SEND_MESSAGES')).toBe(true);
  });
  test('the member\'s own overwrite comes last', () => {
    const ch = channel({ overwrites: [allow(lab.id, 'role', 'MANAGE_MESSAGES'), deny(grace.id, 'member', 'MANAGE_MESSAGES')] });
    expect(has(channelPermissions(asGrace([], [ch]), ch), 'MANAGE_MESSAGES')).toBe(false);
  });
  test('overwrites of roles not held and other members are ignored', () => {
    const ch = channel({ overwrites: [deny(mod.id, 'role', 'VIEW_CHANNEL'), deny(ada.id, 'member', 'VIEW_CHANNEL')] });
    expect(has(channelPermissions(asGrace([], [ch]), ch), 'VIEW_CHANNEL')).toBe(true);
  });
  test('owner and administrators ignore overwrites', () => {
    const ch = channel({ overwrites: [deny(lab.id, 'role', 'VIEW_CHANNEL')] });
    expect(channelPermissions({ ...asGrace([], [ch]), member: adaMember }, ch)).toBe(ALL);
    expect(channelPermissions(asGrace([admin.id], [ch]), ch)).toBe(ALL);
  });
  test('a channel synced with its category follows the category\'s overwrites', () => {
    const cat = channel({ id: '3100', type: 'category', name: 'Staff', overwrites: [deny(lab.id, 'role', 'VIEW_CHANNEL')] });
    const synced = channel({ id: '3101', parent_id: cat.id, synced_with_category: true, overwrites: [] });
    const own = channel({ id: '3102', parent_id: cat.id, synced_with_category: false, overwrites: [] });
    const c = asGrace([], [cat, synced, own]);
    expect(channelPermissions(c, synced)).toBe(0n);
    expect(has(channelPermissions(c, own), 'VIEW_CHANNEL')).toBe(true);
  });
  test('announcement channels need MANAGE_MESSAGES to post; without SEND_MESSAGES links go too', () => {
    const ch = channel({ type: 'announcement' });
    const p = channelPermissions(asGrace([], [ch]), ch);
    expect(has(p, 'SEND_MESSAGES')).toBe(false);
    expect(has(p, 'EMBED_LINKS')).toBe(false);
    expect(has(p, 'READ_MESSAGE_HISTORY')).toBe(true);
  });
  test('canSee: a deny on my own role hides the channel from me, the owner always sees it', () => {
    const ch = channel({ overwrites: [deny(mod.id, 'role', 'VIEW_CHANNEL')] });
    expect(canSee(asGrace([mod.id], [ch]), ch)).toBe(false);
    expect(canSee(asGrace([helper.id], [ch]), ch)).toBe(true);
    expect(canSee({ ...asGrace([mod.id], [ch]), member: adaMember }, ch)).toBe(true);
  });
  test('ADMINISTRATOR in an overwrite grants nothing', () => {
    const ch = channel({ overwrites: [allow(grace.id, 'member', 'ADMINISTRATOR')] });
    expect(channelPermissions(asGrace([], [ch]), ch)).not.toBe(ALL);
  });
});

describe('hierarchy', () => {
  test('rank is the highest held role; the owner outranks all', () => {
    const c = asGrace([mod.id, helper.id]);
    expect(rank(c, c.member)).toBe(2);
    expect(rank(c, adaMember)).toBeGreaterThan(1_000_000);
  });
  test('MANAGE_ROLES manages roles strictly below one\'s rank, @everyone included', () => {
    const c = asGrace([mod.id]);
    expect(canManageRole(c, helper)).toBe(true);
    expect(canManageRole(c, everyone)).toBe(true);
    expect(canManageRole(c, mod)).toBe(false);
    expect(canManageRole(c, admin)).toBe(false);
    expect(canManageRole(asGrace([helper.id]), everyone)).toBe(false);
  });
  test('ADMINISTRATOR does not raise rank', () => {
    const c = asGrace([helper.id, admin.id]);
    expect(canManageRole(c, mod)).toBe(true);
    expect(canManageRole({ ...c, member: graceMember([admin.id]) }, admin)).toBe(false);
  });
  test('kicking needs KICK_MEMBERS and a higher rank; nobody acts on the owner or themself', () => {
    const charles: MemberView = { community_id: lab.id, user: { id: '1003', username: 'charles', deleted: false }, role_ids: [helper.id] };
    const c = asGrace([mod.id]);
    expect(canActOnMember(c, charles, 'KICK_MEMBERS')).toBe(true);
    expect(canActOnMember(c, adaMember, 'KICK_MEMBERS')).toBe(false);
    expect(canActOnMember(c, c.member!, 'KICK_MEMBERS')).toBe(false);
    expect(canActOnMember(asGrace([helper.id]), { ...charles, role_ids: [] }, 'KICK_MEMBERS')).toBe(false);
    expect(canActOnMember({ ...c, member: adaMember }, c.member!, 'KICK_MEMBERS')).toBe(true);
  });
  test('roles list highest first, @everyone last', () => {
    expect(rolesByRank([everyone, helper, admin, mod]).map((r) => r.name)).toEqual(['Admin', 'Mod', 'Helper', '@everyone']);
  });
});

describe('settings follow live events', () => {
  test('a member without management permissions sees no settings', () => {
    const a = settingsAccess(asGrace());
    expect(a).toEqual({ overview: false, channels: false, roles: false, members: false });
  });
  test('member_updated giving me a role, then role_updated taking its permission away', () => {
    // Ada's world, seen as if Grace were "me": Lab is owned by someone else
    let s = world();
    s = { ...s, user: { ...grace, admin: false }, communities: [{ ...asGrace(), member: graceMember() }] };
    expect(settingsAccess(s.communities[0]!).channels).toBe(false);
    s = reduce(s, { type: 'dispatch', event: { type: 'member_updated', member: graceMember([mod.id]) } });
    expect(settingsAccess(s.communities[0]!)).toMatchObject({ channels: true, roles: true, members: true, overview: false });
    s = reduce(s, { type: 'dispatch', event: { type: 'role_updated', role: { ...mod, permissions: '0' } } });
    expect(settingsAccess(s.communities[0]!).channels).toBe(false);
  });
});
