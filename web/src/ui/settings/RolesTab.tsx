import { useEffect, useState } from 'preact/hooks';
import type { RoleView } from '../../generated/protocol';
import { createRole, deleteRole, swapRoles, updateRole } from '../../state/manage';
import { basePermissions, canManageRole, rolesByRank } from '../../state/permissions';
import type { CommunityState } from '../../state/state';
import { useAction } from '../useAction';
import { PermissionEditor } from './PermissionEditor';

export function colorHex(color: number): string {
  return `#${(color & 0xffffff).toString(16).padStart(6, '0')}`;
}

/** A role's colour as a dot (an SVG fill: the page's CSP allows no inline styles). */
export function RoleDot({ color }: { color: number }) {
  return (
    <svg class="role-dot" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <circle cx="6" cy="6" r="6" fill={color ? colorHex(color) : 'currentColor'} opacity={color ? 1 : 0.4} />
    </svg>
  );
}

/** Roles, highest first: create, reorder, and open one to rename, recolour, edit its permissions or delete it (MANAGE_ROLES, below one's rank). */
export function RolesTab({ community }: { community: CommunityState }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [name, setName] = useState('');
  const { run, busy, error } = useAction();
  const roles = rolesByRank(community.roles);
  const role = community.roles.find((r) => r.id === selected);
  if (role) return <RoleEditor community={community} role={role} onBack={() => setSelected(null)} />;
  const ranked = roles.filter((r) => !r.everyone);
  async function create(e: Event) {
    e.preventDefault();
    const ok = await run(async () => {
      const created = await createRole(community.community.id, { name: name.trim() });
      setSelected(created.id);
    });
    if (ok) setName('');
  }
  return (
    <div>
      <h3>Roles</h3>
      <p class="muted">Members get the permissions of all their roles; higher roles manage lower ones.</p>
      {error && <p class="error" role="alert">{error}</p>}
      <ul class="settings-list" aria-label="Roles">
        {roles.map((r) => {
          const i = ranked.indexOf(r);
          const label = r.everyone ? '@everyone' : r.name;
          const may = canManageRole(community, r);
          const above = ranked[i - 1];
          const below = ranked[i + 1];
          return (
            <li key={r.id} class="settings-row">
              <span class="row-name"><RoleDot color={r.color} /> {label}</span>
              {!r.everyone && <button type="button" aria-label={`Move ${label} up`}
                                      disabled={busy || !may || !above || !canManageRole(community, above)}
                                      onClick={() => void run(() => swapRoles(r, above!))}>↑</button>}
              {!r.everyone && <button type="button" aria-label={`Move ${label} down`} disabled={busy || !may || !below}
                                      onClick={() => void run(() => swapRoles(r, below!))}>↓</button>}
              <button type="button" aria-label={`${may ? 'Edit' : 'View'} ${label}`} onClick={() => setSelected(r.id)}>{may ? 'Edit' : 'View'}</button>
            </li>
          );
        })}
      </ul>
      <form class="settings-form" onSubmit={create} aria-label="New role">
        <div class="form-row">
          <label>New role name<input name="role_name" value={name} required maxLength={100} onInput={(e) => setName(e.currentTarget.value)} /></label>
        </div>
        <div class="actions"><button type="submit" class="primary" disabled={busy}>Create role</button></div>
      </form>
    </div>
  );
}

function RoleEditor({ community, role, onBack }: { community: CommunityState; role: RoleView; onBack: () => void }) {
  const [name, setName] = useState(role.name ?? '');
  const [color, setColor] = useState(colorHex(role.color));
  const [permissions, setPermissions] = useState(role.permissions);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useAction();
  // another client changed the role: show its new permissions
  useEffect(() => { setPermissions(role.permissions); }, [role.permissions]);
  const may = canManageRole(community, role);
  const label = role.everyone ? '@everyone' : role.name;
  async function save(e: Event) {
    e.preventDefault();
    setSaved(false);
    const body = {
      name: role.everyone ? undefined : name.trim(),
      color: role.everyone ? undefined : parseInt(color.slice(1), 16),
      permissions: permissions !== role.permissions ? permissions : undefined,
    };
    if (await run(() => updateRole(role, body))) setSaved(true);
  }
  return (
    <form onSubmit={save} aria-label={`Role ${label}`}>
      <button type="button" class="link-button" onClick={onBack}>← All roles</button>
      <h3><RoleDot color={role.color} /> {label}</h3>
      {!may && <p class="muted">You can look at this role but not change it (it ranks at or above yours, or you lack Manage roles).</p>}
      {!role.everyone && (
        <div class="form-row">
          <label>Role name<input name="role_name" value={name} required maxLength={100} disabled={!may} onInput={(e) => setName(e.currentTarget.value)} /></label>
          <label>Colour<input type="color" class="color" value={color} disabled={!may} onInput={(e) => setColor(e.currentTarget.value)} /></label>
        </div>
      )}
      <PermissionEditor value={permissions} onChange={(bits) => { setSaved(false); setPermissions(bits); }} grantable={basePermissions(community)} disabled={!may} />
      {error && <p class="error" role="alert">{error}</p>}
      {saved && <p class="muted" role="status">Saved.</p>}
      {may && (
        <div class="actions">
          {!role.everyone && !confirming && <button type="button" class="danger" onClick={() => setConfirming(true)}>Delete role</button>}
          {confirming && (
            <span class="confirm" role="group" aria-label="Confirm deletion">
              Members lose it.
              <button type="button" class="danger" disabled={busy} onClick={() => void run(() => deleteRole(role)).then((ok) => ok && onBack())}>Delete</button>
              <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
            </span>
          )}
          <button type="submit" class="primary" disabled={busy}>Save role</button>
        </div>
      )}
    </form>
  );
}
