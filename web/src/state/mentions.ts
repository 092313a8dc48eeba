// Mentions in the composer and in rendered messages. The server parses `<@USER_ID>`, `<@&ROLE_ID>`,
// `@everyone` and `@here` (docs/api.md, Mentions). The composer shows what people read (`@grace`,
// `@Moderators`) and encodes the picked ones into that syntax when sending. Pure: test/mentions.test.ts.
import type { MemberView, RoleView, UserPublic } from '../generated/protocol';
import type { MentionNames } from '../markdown';

export interface MentionCandidate {
  kind: 'user' | 'role' | 'special';
  /** the user or role id; for `special`, `everyone` or `here` */
  id: string;
  /** what the composer shows after the @ */
  label: string;
  /** a second line in the list (display name, "role", ...) */
  detail: string;
}

/** The `@query` being typed just before the caret, if any (the @ starts the text or follows a space). */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const m = /(^|\s)@([\p{L}\p{N}_.-]{0,32})$/u.exec(before);
  return m ? { start: caret - m[2]!.length - 1, query: m[2]! } : null;
}

export function userCandidate(u: UserPublic, nickname?: string): MentionCandidate {
  return { kind: 'user', id: u.id, label: u.username ?? u.id, detail: nickname ?? u.display_name ?? '' };
}

/** Members (nicknames count), roles except @everyone, then @everyone and @here. */
export function communityCandidates(members: MemberView[], roles: RoleView[]): MentionCandidate[] {
  return [
    ...members.filter((m) => m.user && !m.user.deleted).map((m) => userCandidate(m.user!, m.nickname)),
    ...roles.filter((r) => !r.everyone && r.name).map((r): MentionCandidate => ({ kind: 'role', id: r.id, label: r.name!, detail: 'role' })),
    { kind: 'special', id: 'everyone', label: 'everyone', detail: 'everyone in the channel' },
    { kind: 'special', id: 'here', label: 'here', detail: 'everyone online' },
  ];
}

/** Candidates whose label or detail starts with the query (then those containing it), at most `limit`. */
export function matchCandidates(all: MentionCandidate[], query: string, limit = 8): MentionCandidate[] {
  const q = query.toLowerCase();
  const starts = (s: string) => s.toLowerCase().startsWith(q) || s.toLowerCase().split(/\s+/).some((w) => w.startsWith(q));
  const first = all.filter((c) => starts(c.label) || starts(c.detail));
  const rest = q ? all.filter((c) => !first.includes(c) && c.label.toLowerCase().includes(q)) : [];
  return [...first, ...rest].slice(0, limit);
}

/** Replaces the `@query` before the caret with the picked mention and a space. */
export function insertMention(text: string, start: number, caret: number, c: MentionCandidate): { text: string; caret: number } {
  const inserted = `@${c.label} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}

function token(c: MentionCandidate): string {
  if (c.kind === 'user') return `<@${c.id}>`;
  if (c.kind === 'role') return `<@&${c.id}>`;
  return `@${c.id}`;
}

/**
 * The content to send: each picked mention still written as `@label` becomes the server's syntax.
 * Longer labels first, so `@Mods team` wins over `@Mods`; an `@label` inside code stays as typed.
 */
export function encodeMentions(text: string, picked: MentionCandidate[]): string {
  const sorted = [...picked].sort((a, b) => b.label.length - a.label.length);
  return text.split(/(```[\s\S]*?```|`[^`\n]*`)/).map((part, i) => {
    if (i % 2 === 1) return part;
    let out = part;
    for (const c of sorted) {
      const label = c.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      out = out.replace(new RegExp(`(^|[^\\p{L}\\p{N}_])@${label}(?![\\p{L}\\p{N}_])`, 'gu'), (_all, pre: string) => pre + token(c));
    }
    return out;
  }).join('');
}

/** Names for rendering mentions: members' nicknames first, then any user the client knows, and roles. */
export function mentionNames(users: UserPublic[], members: MemberView[], roles: RoleView[]): MentionNames {
  const byUser = new Map<string, string>();
  for (const u of users) byUser.set(u.id, u.display_name ?? u.username ?? u.id);
  for (const m of members) if (m.user) byUser.set(m.user.id, m.nickname ?? m.user.display_name ?? m.user.username ?? m.user.id);
  const byRole = new Map(roles.map((r) => [r.id, r.name ?? r.id]));
  return { user: (id) => byUser.get(id), role: (id) => byRole.get(id) };
}
