/**
 * Permissions and role hierarchy of a community.
 *
 * <p>What this package promises:
 * <ul>
 *   <li>Everything is a pure function of facts the caller has loaded from the store (a
 *       {@link dev.parley.domain.permission.MemberContext}, a channel's type and overwrites). Nothing
 *       here reads the store, caches, or keeps state, so the same facts always give the same answer.
 *   <li>Resolution order (Discord's): base = {@code @everyone}'s permissions plus every held role's;
 *       then in a channel the {@code @everyone} overwrite, then the held roles' overwrites merged,
 *       then the member's own overwrite, each level removing its denies before adding its allows;
 *       then the implicit rules (no VIEW_CHANNEL means nothing; announcement channels need
 *       MANAGE_MESSAGES to post; no SEND_MESSAGES removes MENTION_EVERYONE, ATTACH_FILES and
 *       EMBED_LINKS). A synced channel uses its category's overwrites.
 *   <li>The community owner, and any member whose roles grant ADMINISTRATOR, has every permission
 *       everywhere; overwrites and implicit rules do not apply to them.
 *   <li>Hierarchy ({@link dev.parley.domain.permission.Hierarchy}) is separate from permission bits:
 *       acting on a role or a member needs both the bit and a higher rank, and ADMINISTRATOR does
 *       not raise the rank. Only the owner outranks everyone.
 * </ul>
 */
package dev.parley.domain.permission;
