// Pins (docs/api.md, Pins): who may pin, pinning and unpinning, and the channel's pinned list.
// The server dispatches message_updated for both; applying the REST answer shows it at once.
import type { Id, MessageView, PermissionsView } from '../generated/protocol';
import { apply, rest } from './app';
import { holdsManageMessages } from './pin-permission';

/** Whether you may pin in a community channel (your effective permissions there). */
export async function canPinIn(channelId: Id, userId: Id): Promise<boolean> {
  const p = await rest.call<PermissionsView>('GET', `/channels/${channelId}/permissions/${userId}`);
  return holdsManageMessages(p.bits);
}

export async function setPinned(m: MessageView, pinned: boolean): Promise<void> {
  const updated = await rest.call<MessageView>(pinned ? 'PUT' : 'DELETE', `/messages/${m.id}/pin`);
  apply({ type: 'dispatch', event: { type: 'message_updated', message: updated ?? { ...m, pinned } } });
}

/** The channel's pinned messages, most recently pinned first. */
export async function loadPins(channelId: Id): Promise<MessageView[]> {
  return rest.call<MessageView[]>('GET', `/channels/${channelId}/pins`);
}
