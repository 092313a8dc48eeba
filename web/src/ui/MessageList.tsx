// A channel's messages as a virtualized list (@tanstack/virtual-core): only the rows near the
// viewport are in the DOM, each measured as it renders, so 10,000 loaded messages scroll like 50.
// The virtualizer anchors to the end: a page of older messages prepended keeps the row the reader
// looks at in place (estimated heights; the list then puts that row back from the DOM before paint
// and holds it while the new rows are measured), and new rows are followed at the bottom.
// `?list=plain` in the URL renders every row instead (the benchmark's baseline, docs/benchmarks.md).
import type { VNode } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Row, UnreadMark } from '../state/timeline';
import { jumpBars } from '../state/timeline';
import { useVirtualizer } from './virtual';

/** Older pages load once the reader is this close to the top. */
const NEAR_TOP_PX = 600;
/** Within this of the bottom the list follows new messages and the channel counts as read. */
const AT_END_PX = 48;
const EDGE_PAD_PX = 8;
/** How many frames after a page of history arrives the reader's row is held in place. */
const PIN_FRAMES = 30;

const noMeasure = () => {};

export const PLAIN_LIST = typeof location !== 'undefined' && new URLSearchParams(location.search).get('list') === 'plain';

function estimate(row: Row | undefined): number {
  return row?.kind === 'message' || row?.kind === 'pending' ? 60 : 34;
}

export interface ListHandle {
  /** Scrolls to the "new messages" divider (it must be among the rows). */
  toDivider(): void;
  toPresent(): void;
}

/**
 * `renderRow(row, index, measure)` must put `data-index={index}` and `ref={measure}` on its root
 * element. `onNearTop` loads the page before (it resolves when it arrived); `onScrolled` says after
 * each scroll whether the reader is at the bottom (the pane then marks the channel read).
 */
export function MessageList({ rows, label, canLoadOlder, onNearTop, onScrolled, mark, onJumpUnread, handle, renderRow }: {
  rows: Row[]; label: string; canLoadOlder: boolean; onNearTop: () => Promise<void>; onScrolled: (atEnd: boolean) => void;
  mark: UnreadMark | null; onJumpUnread: () => void; handle: { current: ListHandle | null };
  renderRow: (row: Row, index: number, measure: (el: Element | null) => void) => VNode;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const loading = useRef(false);
  const [, setTick] = useState(0);
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => estimate(rows[i]),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 8,
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: AT_END_PX,
    paddingStart: EDGE_PAD_PX,
    paddingEnd: EDGE_PAD_PX,
    enabled: !PLAIN_LIST,
  });

  const atEnd = () => {
    const el = scroller.current;
    return !!el && el.scrollHeight - el.scrollTop - el.clientHeight <= AT_END_PX;
  };
  const stick = useRef(true);

  // the plain list (no virtualizer) keeps its place by hand: follow the end, and keep the distance
  // from the end when older rows are prepended
  const plainAnchor = useRef<{ height: number; top: number } | null>(null);
  const firstKey = rows.find((r) => r.kind === 'message')?.key;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!PLAIN_LIST || !el) return;
    if (plainAnchor.current) {
      el.scrollTop = el.scrollHeight - plainAnchor.current.height + plainAnchor.current.top;
      plainAnchor.current = null;
    } else if (stick.current) {
      el.scrollTop = el.scrollHeight;
    }
  }, [rows.length, firstKey]);

  // once the divider was on screen the unread bar has done its job, until the channel opens again;
  // judged on scroll events from the rows' real positions (a render may still hold the last frame's)
  const dividerSeen = useRef(false);
  useEffect(() => { dividerSeen.current = false; }, [mark]);
  function noteDivider(el: HTMLElement) {
    const r = el.querySelector('.separator.new')?.getBoundingClientRect();
    const view = el.getBoundingClientRect();
    if (r && r.bottom > view.top && r.top < view.bottom) dividerSeen.current = true;
  }

  // The virtualizer keeps the reader's row in place when a page is prepended, from estimated
  // heights; rows measured afterwards while scrolling up can still shift it. So the row the reader
  // saw first is also held at its screen position, from the DOM, for a few frames after a page
  // arrives (until the reader scrolls by hand).
  const pin = useRef<{ seq: string; top: number; frames: number } | null>(null);
  // rows are found by their message's seq: indexes shift with the prepended page, and the DOM may
  // still show the last render's rows
  const rowOf = (el: HTMLElement, seq: string) => el.querySelector(`li[data-seq="${seq}"]`);
  function capturePin(el: HTMLElement): { seq: string; top: number; frames: number } | null {
    const view = el.getBoundingClientRect().top;
    const row = [...el.querySelectorAll<HTMLElement>('li[data-seq]')].find((r) => r.getBoundingClientRect().top >= view);
    return row ? { seq: row.dataset.seq!, top: row.getBoundingClientRect().top - view, frames: PIN_FRAMES } : null;
  }
  function holdPin() {
    const p = pin.current;
    const el = scroller.current;
    if (!p || !el) return;
    const row = rowOf(el, p.seq);
    if (row) {
      const delta = row.getBoundingClientRect().top - el.getBoundingClientRect().top - p.top;
      if (Math.abs(delta) >= 1) el.scrollTop += delta;
    }
    if (--p.frames > 0) requestAnimationFrame(holdPin);
    else pin.current = null;
  }
  const letGo = () => { pin.current = null; };

  // ↑/↓ on a focused message moves to the previous/next one, scrolling it in: rows out of view are
  // not in the DOM, so Tab alone would stop at the edge of what is rendered
  const moving = useRef<number | null>(null); // where focus is on its way to (keys may come faster than frames)
  function onKeyDown(e: KeyboardEvent) {
    letGo();
    const onRow = e.target instanceof HTMLElement && e.target.matches('li.message[data-index]');
    if (PLAIN_LIST || !onRow || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || e.altKey) return;
    const from = moving.current ?? Number((e.target as HTMLElement).dataset.index);
    const step = e.key === 'ArrowUp' ? -1 : 1;
    let to = from + step;
    while (rows[to] && rows[to]!.kind !== 'message') to += step;
    if (!rows[to]) return;
    e.preventDefault();
    moving.current = to;
    v.scrollToIndex(to, { align: 'auto' });
    const focus = (tries: number) => {
      if (moving.current !== to) return; // a later key took over
      const row = scroller.current?.querySelector<HTMLElement>(`li.message[data-index="${to}"]`);
      if (row) { row.focus({ preventScroll: true }); moving.current = null; }
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
      else moving.current = null;
    };
    requestAnimationFrame(() => focus(20));
  }

  async function onScroll() {
    const el = scroller.current;
    if (!el) return;
    noteDivider(el);
    stick.current = atEnd();
    onScrolled(stick.current);
    if (PLAIN_LIST) setTick((n) => n + 1); // the virtualizer re-renders on scroll; the plain list must ask
    if (el.scrollTop < NEAR_TOP_PX && canLoadOlder && !loading.current) {
      loading.current = true;
      if (PLAIN_LIST) plainAnchor.current = { height: el.scrollHeight, top: el.scrollTop };
      try {
        await onNearTop();
      } finally {
        loading.current = false;
      }
    }
  }

  // A render that prepends rows reads, before the DOM changes, which row the reader sees first and
  // where; once the new rows are in, that row is put back there before the frame is painted.
  const lastFirstKey = useRef(firstKey);
  const prepended = useRef<{ seq: string; top: number; frames: number } | null>(null);
  if (!PLAIN_LIST && scroller.current && lastFirstKey.current !== undefined && firstKey !== lastFirstKey.current) {
    prepended.current = capturePin(scroller.current);
  }
  lastFirstKey.current = firstKey;
  useLayoutEffect(() => {
    if (!prepended.current) return;
    pin.current = prepended.current;
    prepended.current = null;
    holdPin();
  });

  // a short channel, or a page that did not fill the view: keep loading while nothing scrolls
  useEffect(() => {
    const el = scroller.current;
    if (el && canLoadOlder && !loading.current && el.scrollHeight <= el.clientHeight + NEAR_TOP_PX) void onScroll();
  });

  const dividerIndex = rows.findIndex((r) => r.kind === 'new');
  handle.current = {
    toDivider: () => {
      if (dividerIndex < 0) return;
      stick.current = false;
      pin.current = null;
      if (PLAIN_LIST) scroller.current?.querySelector('.separator.new')?.scrollIntoView();
      else v.scrollToIndex(dividerIndex, { align: 'start' });
    },
    toPresent: () => {
      stick.current = true;
      // the rows near the end get measured as they render: keep going to the end until it holds
      pin.current = null;
      let frames = PIN_FRAMES;
      const toEnd = () => {
        const el = scroller.current;
        if (!el || pin.current) return;
        if (!atEnd()) el.scrollTop = el.scrollHeight;
        if (--frames > 0) requestAnimationFrame(toEnd);
      };
      toEnd();
    },
  };

  const el = scroller.current;
  const items = PLAIN_LIST ? [] : v.getVirtualItems();
  const top = el?.scrollTop ?? 0;
  const firstVisible = PLAIN_LIST ? 0 : (items.find((i) => i.end > top)?.index ?? 0);
  const bars = el ? jumpBars(rows, firstVisible, el.scrollHeight - top - el.clientHeight, el.clientHeight, mark)
    : { unread: false, present: false };
  const hasMessages = rows.some((r) => r.kind === 'message');
  const unreadBar = bars.unread && mark && hasMessages && !dividerSeen.current && !PLAIN_LIST;

  return (
    <div class="messages-frame">
      {unreadBar && (
        <div class="jump-bar unread-bar" role="status">
          <span>{mark.count >= 100 ? '99+' : mark.count} new message{mark.count === 1 ? '' : 's'}</span>
          <button onClick={onJumpUnread}>Jump to first unread</button>
        </div>
      )}
      <div class={`messages ${PLAIN_LIST ? 'plain' : 'virtual'}`} ref={scroller} onScroll={() => void onScroll()}
           onWheel={letGo} onTouchStart={letGo} onKeyDown={onKeyDown} onPointerDown={letGo} role="log"
           aria-live="off" aria-label={label} tabIndex={0}>
        {PLAIN_LIST ? (
          // index 0 for all: nothing measures them, and an unchanged prop lets memoized rows skip re-rendering
          <ol class="message-list">{rows.map((r) => renderRow(r, 0, noMeasure))}</ol>
        ) : (
          <div class="virtual-space" style={{ height: `${v.getTotalSize()}px` }}>
            <ol class="message-list" style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}>
              {items.map((item) => renderRow(rows[item.index]!, item.index, v.measureElement))}
            </ol>
          </div>
        )}
      </div>
      {bars.present && (
        <button class="jump-bar present-bar" onClick={() => handle.current?.toPresent()}>Jump to present ↓</button>
      )}
    </div>
  );
}
