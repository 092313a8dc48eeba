import { useState } from 'preact/hooks';
import type { MemberView } from '../generated/protocol';
import { kickMember, setMemberRole } from '../state/manage';
import { canActOnMember, canManageRole, rolesByRank } from '../state/permissions';
import type { CommunityState } from '../state/state';
import { RoleDot } from './settings/RolesTab';
import { useAction } from './useAction';

/** Whether the viewer can do anything to this member (assign a role or kick): the member list shows a button only then. */
export function canManageMember(c: CommunityState, m: MemberView): boolean {
  return canActOnMember(c, m, 'KICK_MEMBERS') || c.roles.some((r) => !r.everyone && canManageRole(c, r));
}

/** A member's roles as checkboxes (those the viewer may assign enabled) and Kick, confirmed first. */
export function MemberActions({ community, member, name }: { community: CommunityState; member: MemberView; name: string }) {
  const [confirming, setConfirming] = useState(false);
  // a box shows its new state while the change is on its way, not the old one until the answer
  const [wanted, setWanted] = useState<Record<string, boolean>>({});
  const { run, busy, error } = useAction();
  const held = new Set(member.role_ids ?? []);
  const toggle = (roleId: string, on: boolean) => {
    setWanted((w) => ({ ...w, [roleId]: on }));
    void run(() => setMemberRole(community.community.id, userId, roleId, on))
      .finally(() => setWanted(({ [roleId]: _done, ...rest }) => rest));
  };
  const roles = rolesByRank(community.roles).filter((r) => !r.everyone);
  const userId = member.user?.id ?? '';
  return (
    <div class="member-actions">
      {roles.length > 0 && (
        <fieldset class="perm-group">
          <legend>Roles</legend>
          <ul class="settings-list">
            {roles.map((r) => (
              <li key={r.id}>
                <label class="check">
                  <input type="checkbox" checked={wanted[r.id] ?? held.has(r.id)} disabled={busy || !canManageRole(community, r)}
                         onChange={(e) => toggle(r.id, e.currentTarget.checked)} />
                  <span class="inline"><RoleDot color={r.color} /> {r.name}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {roles.length === 0 && <p class="muted">This community has no roles yet.</p>}
      {error && <p class="error" role="alert">{error}</p>}
      {canActOnMember(community, member, 'KICK_MEMBERS') && (
        <div class="actions">
          {!confirming && <button type="button" class="danger" onClick={() => setConfirming(true)}>Kick {name}</button>}
          {confirming && (
            <span class="confirm" role="group" aria-label="Confirm kick">
              Kick {name} from {community.community.name}? They can come back with an invite.
              <button type="button" class="danger" disabled={busy}
                      onClick={() => void run(() => kickMember(community.community.id, userId))}>Kick</button>
              <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
            </span>
          )}
        </div>
      )}
    </div>
  );
}
