import { useEffect, useRef, useState } from 'preact/hooks';
import type { Id, MemberPage, MemberView } from '../generated/protocol';
import { apply, describeError, rest, state } from '../state/app';
import { MemberActions, canManageMember } from './MemberActions';
import { Modal } from './Modal';
import { useVisiblePresences } from './useVisiblePresences';

const PAGE = 1000;
const ORDER: Record<string, number> = { online: 0, idle: 1, dnd: 2, offline: 3, invisible: 3 };

/** Loads a community's members into the state (member events keep the list current afterwards). */
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

export function memberName(m: MemberView): string {
  return m.nickname ?? m.user?.display_name ?? m.user?.username ?? '?';
}

/**
 * The community's members, online first, each with a presence dot (in `large` communities, asked
 * for as entries come into view), and "Manage" for those the viewer may assign roles to or kick.
 */
export function MemberList({ communityId }: { communityId: Id }) {
  const [error, setError] = useState<string | null>(null);
  const [managing, setManaging] = useState<Id | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!state.value.members[communityId]) loadMembers(communityId).catch((e) => setError(describeError(e)));
  }, [communityId]);
  const s = state.value;
  const members = s.members[communityId];
  const status = (m: MemberView) => (m.user?.id === s.user?.id && s.presences[m.user!.id] === undefined
    ? 'online' : s.presences[m.user?.id ?? ''] ?? 'offline');
  const sorted = [...(members ?? [])].sort((a, b) => (ORDER[status(a)] ?? 3) - (ORDER[status(b)] ?? 3) || memberName(a).localeCompare(memberName(b)));
  const online = sorted.filter((m) => (ORDER[status(m)] ?? 3) < 3).length;
  const community = s.communities.find((c) => c.community.id === communityId);
  useVisiblePresences(communityId, community?.large ?? false, listRef, sorted.length);
  const managed = managing ? members?.find((m) => m.user?.id === managing) : undefined;
  return (
    <aside class="members" aria-label="Members">
      <h3 class="category">Members — {online} online</h3>
      {error && <p class="error" role="alert">{error}</p>}
      {!members && !error && <p class="muted" role="status">Loading…</p>}
      <ul class="member-list" ref={listRef}>
        {sorted.map((m) => {
          const st = status(m);
          return (
            <li key={m.user?.id} data-user-id={m.user?.id} class={st === 'offline' || st === 'invisible' ? 'offline' : ''}>
              <span class={`presence ${st}`} role="img" aria-label={st} title={st} />
              <span class="member-name">
                {memberName(m)}
                {m.user?.custom_status && st !== 'offline' && <span class="muted status-text">{m.user.custom_status}</span>}
              </span>
              {community && canManageMember(community, m) && (
                <button type="button" class="member-manage" aria-label={`Manage ${memberName(m)}`} onClick={() => setManaging(m.user!.id)}>⋯</button>
              )}
            </li>
          );
        })}
      </ul>
      {community && managed && (
        <Modal title={memberName(managed)} onClose={() => setManaging(null)}>
          <MemberActions community={community} member={managed} name={memberName(managed)} />
          <div class="actions"><button type="button" class="primary" onClick={() => setManaging(null)}>Done</button></div>
        </Modal>
      )}
    </aside>
  );
}
