import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Id } from '../generated/protocol';
import { followPresences, status } from '../state/app';

/**
 * In a `large` community, asks for the presence of the members whose entries (elements with
 * `data-user-id` inside `list`) scroll into view, a batch every 100 ms; again after each new
 * connection, since follows end with it (gateway.md §11). Other communities' presences are pushed.
 */
export function useVisiblePresences(communityId: Id, large: boolean, list: RefObject<HTMLElement | null>, count: number): void {
  const live = status.value === 'live';
  useEffect(() => {
    const root = list.current;
    if (!large || !live || !root || typeof IntersectionObserver === 'undefined') return;
    let pending: Id[] = [];
    let timer: number | undefined;
    const flush = () => { timer = undefined; followPresences(communityId, pending); pending = []; };
    const observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        const id = (e.target as HTMLElement).dataset.userId;
        if (e.isIntersecting && id) pending.push(id);
      }
      if (pending.length > 0 && timer === undefined) timer = window.setTimeout(flush, 100);
    }, { root: root.closest<HTMLElement>('.members') });
    root.querySelectorAll<HTMLElement>('[data-user-id]').forEach((el) => observer.observe(el));
    return () => { observer.disconnect(); if (timer !== undefined) window.clearTimeout(timer); };
  }, [communityId, large, live, count]);
}
