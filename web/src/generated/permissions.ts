// Generated from the domain's Permission enum by dev.parley.web.TypeScriptPermissions. Do not edit.
// Regenerate: ./mvnw -q -B test -pl web -am -Dtest=GeneratedTypesTest -Dsurefire.failIfNoSpecifiedTests=false -Dparley.web.regenerate=true

/** Each permission's bit position in a permission set (docs/permissions.md, Bits). */
export const PermissionBits = {
  VIEW_CHANNEL: 0,
  SEND_MESSAGES: 1,
  READ_MESSAGE_HISTORY: 2,
  MANAGE_MESSAGES: 3,
  ADD_REACTIONS: 4,
  ATTACH_FILES: 5,
  EMBED_LINKS: 6,
  MENTION_EVERYONE: 7,
  MANAGE_CHANNELS: 8,
  MANAGE_ROLES: 9,
  MANAGE_COMMUNITY: 10,
  CREATE_INVITE: 11,
  KICK_MEMBERS: 12,
  BAN_MEMBERS: 13,
  MODERATE_MEMBERS: 14,
  MANAGE_NICKNAMES: 15,
  CHANGE_NICKNAME: 16,
  VIEW_AUDIT_LOG: 17,
  ADMINISTRATOR: 18,
  CONNECT: 19,
  SPEAK: 20,
  VIDEO: 21,
} as const;

export type PermissionName = keyof typeof PermissionBits;
