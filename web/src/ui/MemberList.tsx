import { useEffect, useState } from 'preact/hooks';
import type { Id, MemberPage, MemberView } from '../generated/protocol';
import { apply, describeError, rest, state } from '../state/app';

const PAGE = 1000;
const ORDER: Record<string, number> = { online: 0, idle: 1, dnd: 2, offline: 3, invisible: 3 };

export async function loadMembers(communityId: Id): Promise<void> {
  const members: MemberView[] = [];
  let after = '';
  // page through (1,000 a page); large communities are capped at the first 5,000 here
  for (let i = 0; i < 5; i++) {
    const page = await rest.call<MemberPage>('GET', `/communities/${communityId}/members?limit=${PAGE}${after}`);
    members.push(...(page.members ?? []));
    if (!page.next) break;
    after = `&after=${page.next}`;
  }
  apply({ type: 'members_loaded', community_id: communityId, members });
}

function name(m: MemberView): string {
  return m.nickname ?? m.user?.display_name ?? m.user?.username ?? '?';
}

/** The community's members, online first, each with a presence dot. */
export function MemberList({ communityId }: { communityId: Id }) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!state.value.members[communityId]) loadMembers(communityId).catch((e) => setError(describeError(e)));
  }, [communityId]);
  const s = state.value;
  const members = s.members[communityId];
  const status = (m: MemberView) => (m.user?.id === s.user?.id && s.presences[m.user!.id] === undefined
    ? 'online' : s.presences[m.user?.id ?? ''] ?? 'offline');
  const sorted = [...(members ?? [])].sort((a, b) => (ORDER[status(a)] ?? 3) - (ORDER[status(b)] ?? 3) || name(a).localeCompare(name(b)));
  const online = sorted.filter((m) => (ORDER[status(m)] ?? 3) < 3).length;
  return (
    <aside class="members" aria-label="Members">
      <h3 class="category">Members — {online} online</h3>
      {error && <p class="error" role="alert">{error}</p>}
      {!members && !error && <p class="muted" role="status">Loading…</p>}
      <ul class="member-list">
        {sorted.map((m) => {
          const st = status(m);
          return (
            <li key={m.user?.id} class={st === 'offline' || st === 'invisible' ? 'offline' : ''}>
              <span class={`presence ${st}`} role="img" aria-label={st} title={st} />
              <span class="member-name">
                {name(m)}
                {m.user?.custom_status && st !== 'offline' && <span class="muted status-text">{m.user.custom_status}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
