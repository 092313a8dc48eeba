import { describe, expect, test } from 'vitest';
import { buildRows, firstUnreadLoaded, jumpBars, type Row } from '../src/state/timeline';
import { ada, grace, message } from './fixtures';

const day = (iso?: string) => (iso ?? '').slice(0, 10);
const kinds = (rows: Row[]) => rows.map((r) => (r.kind === 'message' ? `m${r.message.seq}` : r.kind === 'day' ? `day ${r.label}` : r.kind));

describe('the rows of the message list', () => {
  const m1 = message({ id: '1', seq: '1', created_at: '2026-01-01T10:00:00Z' });
  const m2 = message({ id: '2', seq: '2', created_at: '2026-01-02T10:00:00Z' });
  const m3 = message({ id: '3', seq: '3', created_at: '2026-01-02T11:00:00Z' });

  test('a head row, a separator at each new day, then the messages', () => {
    expect(kinds(buildRows([m1, m2, m3], [], null, ada.id, day)))
      .toEqual(['head', 'day 2026-01-01', 'm1', 'day 2026-01-02', 'm2', 'm3']);
  });
  test('the "new messages" divider goes before the first later message by someone else', () => {
    const mine = { ...m2, author: ada };
    expect(kinds(buildRows([m1, mine, m3], [], '1', ada.id, day)))
      .toEqual(['head', 'day 2026-01-01', 'm1', 'day 2026-01-02', 'm2', 'new', 'm3']);
  });
  test('no divider when nothing was unread', () => {
    expect(kinds(buildRows([m1, m2], [], null, ada.id, day))).not.toContain('new');
  });
  test('pending sends come last, keyed by their client id', () => {
    const rows = buildRows([m1], [{ client_msg_id: 'c1', channel_id: m1.channel_id, content: 'x', created_at: '', status: 'pending' }], null, ada.id, day);
    expect(rows.at(-1)).toMatchObject({ kind: 'pending', key: 'pending-c1' });
  });
  test('keys are stable across a prepended page (the list anchors on them)', () => {
    const before = buildRows([m2, m3], [], null, ada.id, day).map((r) => r.key);
    const after = buildRows([m1, m2, m3], [], null, ada.id, day).map((r) => r.key);
    expect(after.slice(-before.length + 1)).toEqual(before.slice(1));
  });
});

describe('jumping to the first unread message', () => {
  const page = [message({ id: '11', seq: '11' }), message({ id: '12', seq: '12' })];
  test('loaded when the oldest loaded message is the one after the read position, or older', () => {
    expect(firstUnreadLoaded(page, false, '10')).toBe(true);
    expect(firstUnreadLoaded(page, false, '11')).toBe(true);
    expect(firstUnreadLoaded(page, false, '9')).toBe(false);
  });
  test('the channel\'s start counts as loaded', () => {
    expect(firstUnreadLoaded(page, true, '3')).toBe(true);
    expect(firstUnreadLoaded([], true, '3')).toBe(true);
    expect(firstUnreadLoaded([], false, '3')).toBe(false);
  });
  test('the unread bar shows while the divider is above the view or not loaded; "present" once far from the end', () => {
    const rows = buildRows([message({ id: '1', seq: '1', author: grace }), message({ id: '2', seq: '2' })], [], '1', ada.id, day);
    const divider = rows.findIndex((r) => r.kind === 'new');
    const mark = { readSeq: '1', count: 1 };
    expect(jumpBars(rows, divider + 1, 0, 500, mark)).toEqual({ unread: true, present: false });
    expect(jumpBars(rows, divider, 0, 500, mark).unread).toBe(false);
    expect(jumpBars(rows, 0, 0, 500, null).unread).toBe(false);
    const notLoaded = buildRows([message({ id: '5', seq: '5', author: ada })], [], '1', ada.id, day);
    expect(jumpBars(notLoaded, 0, 0, 500, { readSeq: '1', count: 3 }).unread).toBe(true);
    expect(jumpBars(rows, 0, 1001, 500, null).present).toBe(true);
    expect(jumpBars(rows, 0, 999, 500, null).present).toBe(false);
  });
});
