import { useEffect, useState } from 'preact/hooks';
import type { ChannelView, Id } from '../../generated/protocol';
import type { PermissionName } from '../../generated/permissions';
import { state } from '../../state/app';
import { saveOverwrite } from '../../state/manage';
import { EMPTY_OVERWRITE, isEmpty, triOf, withTri, type OverwriteBits, type Tri } from '../../state/overwrites';
import { channelPermissions, effectiveOverwrites, everyoneRole, has, rolesByRank } from '../../state/permissions';
import type { CommunityState } from '../../state/state';
import { loadMembers, memberName } from '../MemberList';
import { useAction } from '../useAction';
import { NOT_IN_OVERWRITES, PERMISSION_GROUPS, PERMISSION_LABELS } from './labels';

interface Target {
  id: Id;
  type: 'role' | 'member';
  name: string;
}

const TRI: { value: Tri; label: string; symbol: string }[] = [
  { value: 'deny', label: 'Deny', symbol: '✕' },
  { value: 'neutral', label: 'Inherit', symbol: '/' },
  { value: 'allow', label: 'Allow', symbol: '✓' },
];

/**
 * A channel's permission overwrites: pick a role or a member, then set each bit to deny, inherit
 * or allow. Saving an overwrite that sets nothing removes it. Bits the viewer does not hold in the
 * channel are disabled (the server refuses to let anyone grant or deny what they lack).
 */
export function OverwriteEditor({ community, channel }: { community: CommunityState; channel: ChannelView }) {
  const communityId = community.community.id;
  const members = state.value.members[communityId];
  useEffect(() => { if (!members) void loadMembers(communityId).catch(() => {}); }, [communityId]);
  const overwrites = effectiveOverwrites(community, channel);
  const everyoneId = everyoneRole(community)?.id ?? communityId;
  const targets: Target[] = [
    ...rolesByRank(community.roles).map((r) => ({ id: r.id, type: 'role' as const, name: r.id === everyoneId ? '@everyone' : r.name ?? '?' })),
    ...(members ?? []).filter((m) => m.user).map((m) => ({ id: m.user!.id, type: 'member' as const, name: memberName(m) })),
  ];
  const withOverwrite = targets.filter((t) => overwrites.some((o) => o.target_id === t.id));
  const [selected, setSelected] = useState<Id>(withOverwrite[0]?.id ?? everyoneId);
  const target = targets.find((t) => t.id === selected);
  const synced = channel.synced_with_category && channel.parent_id
    ? community.channels.find((c) => c.id === channel.parent_id) : undefined;
  return (
    <section class="overwrites" aria-label="Channel permissions">
      <h4>Permissions</h4>
      {synced && <p class="muted">Synced with the category {synced.name}: changing a permission here ends the sync.</p>}
      <label>Role or member
        <select aria-label="Role or member" value={selected} onChange={(e) => setSelected(e.currentTarget.value)}>
          {targets.map((t) => (
            <option key={`${t.type}-${t.id}`} value={t.id}>
              {t.type === 'role' ? t.name : `${t.name} (member)`}{overwrites.some((o) => o.target_id === t.id) ? ' •' : ''}
            </option>
          ))}
        </select>
      </label>
      {target && <OverwriteBitsEditor key={target.id} community={community} channel={channel} target={target} />}
    </section>
  );
}

function OverwriteBitsEditor({ community, channel, target }: { community: CommunityState; channel: ChannelView; target: Target }) {
  const existing = effectiveOverwrites(community, channel).find((o) => o.target_id === target.id);
  const original: OverwriteBits = existing ? { allow: existing.allow, deny: existing.deny } : EMPTY_OVERWRITE;
  const [bits, setBits] = useState<OverwriteBits>(original);
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useAction();
  // another client changed this overwrite: show theirs
  useEffect(() => { setBits(original); }, [original.allow, original.deny]);
  const mine = channelPermissions(community, channel);
  const changed = bits.allow !== original.allow || bits.deny !== original.deny;
  async function save(e: Event) {
    e.preventDefault();
    setSaved(false);
    if (await run(() => saveOverwrite(channel.id, target.id, target.type, bits, !!existing))) setSaved(true);
  }
  const row = (p: PermissionName) => {
    const label = PERMISSION_LABELS[p];
    const current = triOf(bits, p);
    return (
      <li key={p} class="tri-row">
        <span class="row-name" id={`ow-${p}`}>{label.label}<span class="muted row-hint">{label.hint}</span></span>
        <span class="tri" role="radiogroup" aria-labelledby={`ow-${p}`}>
          {TRI.map((t) => (
            <label key={t.value} class={`tri-option ${t.value} ${current === t.value ? 'checked' : ''}`} title={t.label}>
              <input type="radio" name={`ow-${target.id}-${p}`} value={t.value} checked={current === t.value}
                     disabled={!has(mine, p)} aria-label={`${t.label} ${label.label}`}
                     onChange={() => { setSaved(false); setBits(withTri(bits, p, t.value)); }} />
              <span aria-hidden="true">{t.symbol}</span>
            </label>
          ))}
        </span>
      </li>
    );
  };
  return (
    <form onSubmit={save} aria-label={`Permissions of ${target.name} in this channel`}>
      {PERMISSION_GROUPS.map((g) => {
        const list = g.permissions.filter((p) => !NOT_IN_OVERWRITES.has(p));
        if (list.length === 0) return null;
        return (
          <fieldset key={g.name} class="perm-group">
            <legend>{g.name}</legend>
            <ul class="settings-list">{list.map(row)}</ul>
          </fieldset>
        );
      })}
      {error && <p class="error" role="alert">{error}</p>}
      {saved && <p class="muted" role="status">Saved.</p>}
      <div class="actions">
        {existing && <button type="button" disabled={busy}
                             onClick={() => { setBits(EMPTY_OVERWRITE); void run(() => saveOverwrite(channel.id, target.id, target.type, EMPTY_OVERWRITE, true)); }}>
          Remove overwrite</button>}
        <button type="submit" class="primary" disabled={busy || !changed || (isEmpty(bits) && !existing)}>Save permissions</button>
      </div>
    </form>
  );
}
