import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Id } from '../generated/protocol';
import { followPresences, status } from '../state/app';

/** Requests go out at most this often, far below the gateway's 120 ops a minute (shared with typing and sends). */
const FLUSH_INTERVAL_MS = 2_000;
let lastFlush = 0;

/**
 * In a `large` community, asks for the presence of the members whose entries (elements with
 * `data-user-id` inside `list`) are on screen; again after each new connection, since follows end
 * with it (gateway.md §11). Other communities' presences are pushed. Only what is visible when a
 * batch goes out is asked for, so scrolling fast past thousands of members sends one small request.
 */
export function useVisiblePresences(communityId: Id, large: boolean, list: RefObject<HTMLElement | null>, count: number): void {
  const live = status.value === 'live';
  useEffect(() => {
    const root = list.current;
    if (!large || !live || !root || typeof IntersectionObserver === 'undefined') return;
    const visible = new Set<Id>();
    let timer: number | undefined;
    const flush = () => { timer = undefined; lastFlush = Date.now(); followPresences(communityId, [...visible]); };
    const observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        const id = (e.target as HTMLElement).dataset.userId;
        if (!id) continue;
        if (e.isIntersecting) visible.add(id);
        else visible.delete(id);
      }
      if (visible.size > 0 && timer === undefined) {
        timer = window.setTimeout(flush, Math.max(100, lastFlush + FLUSH_INTERVAL_MS - Date.now()));
      }
    }, { root: root.closest<HTMLElement>('.members') });
    root.querySelectorAll<HTMLElement>('[data-user-id]').forEach((el) => observer.observe(el));
    return () => { observer.disconnect(); if (timer !== undefined) window.clearTimeout(timer); };
  }, [communityId, large, live, count]);
}
