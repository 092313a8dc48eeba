// The rows of a channel's message list, as the virtualized list shows them: a head row (the
// channel's beginning, or where older pages load), date separators, the "new messages" divider,
// the messages, then this device's pending sends. Pure, so the list's shape is unit-tested
// (test/timeline.test.ts) and the component only measures and positions rows.
import type { Id, MessageView } from '../generated/protocol';
import { compareIds, type Outgoing } from './state';

export type Row =
  | { kind: 'head'; key: 'head' }
  | { kind: 'day'; key: string; label: string }
  | { kind: 'new'; key: 'new' }
  | { kind: 'message'; key: Id; message: MessageView }
  | { kind: 'pending'; key: string; outgoing: Outgoing };

/**
 * `readSeq`: how far the reader had read when they opened the channel (null: nothing was unread);
 * the divider goes before the first later message by someone else. `dayOf` names a message's day
 * (a locale's long date), a separator starting each new one.
 */
export function buildRows(messages: MessageView[], outgoing: Outgoing[], readSeq: Id | null, me: Id | undefined,
                          dayOf: (iso?: string) => string): Row[] {
  const rows: Row[] = [{ kind: 'head', key: 'head' }];
  let lastDay = '';
  let divided = false;
  for (const m of messages) {
    const d = dayOf(m.created_at);
    if (d !== lastDay) {
      rows.push({ kind: 'day', key: `day-${d}`, label: d });
      lastDay = d;
    }
    if (!divided && readSeq !== null && m.author?.id !== me && compareIds(m.seq, readSeq) > 0) {
      rows.push({ kind: 'new', key: 'new' });
      divided = true;
    }
    rows.push({ kind: 'message', key: m.id, message: m });
  }
  for (const o of outgoing) rows.push({ kind: 'pending', key: `pending-${o.client_msg_id}`, outgoing: o });
  return rows;
}

/** Where the reader stood when they opened the channel: the divider's seq and how many were unread. */
export interface UnreadMark {
  readSeq: Id;
  count: number;
}

/** The first unread message is loaded when the oldest loaded one is at or before the one after `readSeq`. */
export function firstUnreadLoaded(messages: MessageView[], reachedStart: boolean, readSeq: Id): boolean {
  const first = messages[0];
  if (!first) return reachedStart;
  return reachedStart || compareIds(first.seq, readSeq) <= 0 || compareIds(first.seq, nextSeq(readSeq)) === 0;
}

function nextSeq(seq: Id): Id {
  return (BigInt(seq) + 1n).toString();
}

/**
 * What the bar above the list offers: jump to the first unread message while the divider is above
 * what the reader sees (or not loaded yet), and jump to the present once they are far from it.
 */
export function jumpBars(rows: Row[], firstVisible: number, distanceFromBottomPx: number, viewportPx: number,
                         mark: UnreadMark | null): { unread: boolean; present: boolean } {
  const divider = rows.findIndex((r) => r.kind === 'new');
  const unread = mark !== null && mark.count > 0 && (divider < 0 || divider < firstVisible);
  return { unread, present: distanceFromBottomPx > 2 * viewportPx };
}
