// The channel overwrites editor's state: each bit of an overwrite is allowed, neutral (inherited)
// or denied. An overwrite is a pair of permission sets (allow, deny) that never share a bit.
import type { PermissionName } from '../generated/permissions';
import { formatBits, mask, parseBits } from './permissions';

export type Tri = 'allow' | 'neutral' | 'deny';

/** What an overwrite editor edits: the wire's allow and deny strings. */
export interface OverwriteBits {
  allow: string;
  deny: string;
}

export const EMPTY_OVERWRITE: OverwriteBits = { allow: '0', deny: '0' };

export function triOf(o: OverwriteBits, name: PermissionName): Tri {
  const m = mask(name);
  if ((parseBits(o.deny) & m) !== 0n) return 'deny';
  if ((parseBits(o.allow) & m) !== 0n) return 'allow';
  return 'neutral';
}

/** The overwrite with one bit set to allow, neutral or deny (the other side loses it). */
export function withTri(o: OverwriteBits, name: PermissionName, tri: Tri): OverwriteBits {
  const m = mask(name);
  let allow = parseBits(o.allow) & ~m;
  let deny = parseBits(o.deny) & ~m;
  if (tri === 'allow') allow |= m;
  if (tri === 'deny') deny |= m;
  return { allow: formatBits(allow), deny: formatBits(deny) };
}

/** An overwrite that allows and denies nothing changes nothing: the editor deletes it instead. */
export function isEmpty(o: OverwriteBits): boolean {
  return parseBits(o.allow) === 0n && parseBits(o.deny) === 0n;
}
