import type { PermissionName } from '../../generated/permissions';
import { has, mask, parseBits, formatBits, type Bits } from '../../state/permissions';
import { PERMISSION_GROUPS, PERMISSION_LABELS } from './labels';

/**
 * Every permission bit of a role as a labelled checkbox, in groups. `grantable` holds the bits the
 * viewer may change (those they hold themselves); the others are shown but disabled.
 */
export function PermissionEditor({ value, onChange, grantable, disabled }: {
  value: string; onChange: (bits: string) => void; grantable: Bits; disabled?: boolean;
}) {
  const bits = parseBits(value);
  const toggle = (p: PermissionName, on: boolean) => onChange(formatBits(on ? bits | mask(p) : bits & ~mask(p)));
  return (
    <div class="permission-editor">
      {PERMISSION_GROUPS.map((g) => (
        <fieldset key={g.name} class="perm-group">
          <legend>{g.name}</legend>
          <ul class="settings-list">
            {g.permissions.map((p) => (
              <li key={p} class="perm-row">
                <label class="check">
                  <input type="checkbox" checked={has(bits, p)} disabled={disabled || !has(grantable, p)}
                         onChange={(e) => toggle(p, e.currentTarget.checked)} />
                  <span>{PERMISSION_LABELS[p].label}<span class="muted row-hint">{PERMISSION_LABELS[p].hint}</span></span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
