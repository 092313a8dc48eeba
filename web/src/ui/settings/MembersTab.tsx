import { useEffect, useState } from 'preact/hooks';
import { describeError, state } from '../../state/app';
import type { CommunityState } from '../../state/state';
import { MemberActions, canManageMember } from '../MemberActions';
import { loadMembers, memberName } from '../MemberList';

/** Members with their roles; those the viewer outranks or may assign roles to open their actions. */
export function MembersTab({ community }: { community: CommunityState }) {
  const id = community.community.id;
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => { if (!state.value.members[id]) loadMembers(id).catch((e) => setError(describeError(e))); }, [id]);
  const members = [...(state.value.members[id] ?? [])].sort((a, b) => memberName(a).localeCompare(memberName(b)));
  const roleName = (rid: string) => community.roles.find((r) => r.id === rid)?.name;
  return (
    <div>
      <h3>Members</h3>
      {error && <p class="error" role="alert">{error}</p>}
      <ul class="settings-list" aria-label="Members">
        {members.map((m) => {
          const name = memberName(m);
          const uid = m.user?.id ?? '';
          const roles = (m.role_ids ?? []).map(roleName).filter(Boolean).join(', ');
          return (
            <li key={uid} class="settings-member">
              <div class="settings-row">
                <span class="row-name">{name}<span class="muted row-hint">{roles || 'No roles'}{uid === community.community.owner_id ? ' · owner' : ''}</span></span>
                {canManageMember(community, m) && (
                  <button type="button" aria-expanded={open === uid} aria-label={`Manage ${name}`}
                          onClick={() => setOpen(open === uid ? null : uid)}>Manage</button>
                )}
              </div>
              {open === uid && <MemberActions community={community} member={m} name={name} />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
