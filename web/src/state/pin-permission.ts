// Who may pin (docs/api.md, Pins): MANAGE_MESSAGES in community channels (docs/permissions.md,
// bit 3); everyone in DMs and groups. Permission sets travel as decimal strings of 64 bits.
const MANAGE_MESSAGES = 1n << 3n;

export function holdsManageMessages(bits: string): boolean {
  return (BigInt(bits) & MANAGE_MESSAGES) !== 0n;
}
