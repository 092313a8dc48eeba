// Every permission bit with a label and a hint, grouped as the editors show them. The Record type
// makes the compiler refuse a bit the domain adds until it is labelled here.
import type { PermissionName } from '../../generated/permissions';

export const PERMISSION_LABELS: Record<PermissionName, { label: string; hint: string }> = {
  VIEW_CHANNEL: { label: 'View channels', hint: 'See the channel at all; without it the channel is hidden.' },
  SEND_MESSAGES: { label: 'Send messages', hint: 'Post in text channels.' },
  READ_MESSAGE_HISTORY: { label: 'Read message history', hint: 'Read earlier messages.' },
  MANAGE_MESSAGES: { label: 'Manage messages', hint: 'Delete others\' messages, pin, post in announcement channels.' },
  ADD_REACTIONS: { label: 'Add reactions', hint: 'React to messages.' },
  ATTACH_FILES: { label: 'Attach files', hint: 'Upload files.' },
  EMBED_LINKS: { label: 'Embed links', hint: 'Show link previews.' },
  MENTION_EVERYONE: { label: 'Mention @everyone and @here', hint: 'Notify the whole channel.' },
  MANAGE_CHANNELS: { label: 'Manage channels', hint: 'Create, edit, delete and reorder channels.' },
  MANAGE_ROLES: { label: 'Manage roles', hint: 'Create, edit, delete and assign roles below one\'s own; edit channel permissions.' },
  MANAGE_COMMUNITY: { label: 'Manage community', hint: 'Rename the community, list and revoke invites.' },
  CREATE_INVITE: { label: 'Create invites', hint: 'Invite people.' },
  KICK_MEMBERS: { label: 'Kick members', hint: 'Remove members ranked below one\'s own.' },
  BAN_MEMBERS: { label: 'Ban members', hint: 'Reserved for moderation.' },
  MODERATE_MEMBERS: { label: 'Time out members', hint: 'Reserved for moderation.' },
  MANAGE_NICKNAMES: { label: 'Manage nicknames', hint: 'Change others\' nicknames below one\'s rank.' },
  CHANGE_NICKNAME: { label: 'Change nickname', hint: 'Change one\'s own nickname.' },
  VIEW_AUDIT_LOG: { label: 'View audit log', hint: 'Reserved for moderation.' },
  ADMINISTRATOR: { label: 'Administrator', hint: 'Every permission everywhere; channel permissions do not apply. Grant with care.' },
  CONNECT: { label: 'Connect', hint: 'Join calls (reserved).' },
  SPEAK: { label: 'Speak', hint: 'Talk in calls (reserved).' },
  VIDEO: { label: 'Video', hint: 'Share video in calls (reserved).' },
};

export const PERMISSION_GROUPS: { name: string; permissions: PermissionName[] }[] = [
  { name: 'General', permissions: ['VIEW_CHANNEL', 'MANAGE_CHANNELS', 'MANAGE_ROLES', 'MANAGE_COMMUNITY', 'VIEW_AUDIT_LOG'] },
  { name: 'Membership', permissions: ['CREATE_INVITE', 'CHANGE_NICKNAME', 'MANAGE_NICKNAMES', 'KICK_MEMBERS', 'BAN_MEMBERS', 'MODERATE_MEMBERS'] },
  { name: 'Text', permissions: ['SEND_MESSAGES', 'READ_MESSAGE_HISTORY', 'ADD_REACTIONS', 'ATTACH_FILES', 'EMBED_LINKS', 'MENTION_EVERYONE', 'MANAGE_MESSAGES'] },
  { name: 'Calls', permissions: ['CONNECT', 'SPEAK', 'VIDEO'] },
  { name: 'Advanced', permissions: ['ADMINISTRATOR'] },
];

/** Bits that mean nothing in a channel overwrite (community-level only). */
export const NOT_IN_OVERWRITES: ReadonlySet<PermissionName> = new Set<PermissionName>(['ADMINISTRATOR', 'MANAGE_COMMUNITY', 'KICK_MEMBERS',
  'BAN_MEMBERS', 'MODERATE_MEMBERS', 'MANAGE_NICKNAMES', 'CHANGE_NICKNAME', 'VIEW_AUDIT_LOG']);
