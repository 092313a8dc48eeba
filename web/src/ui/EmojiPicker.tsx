// The full emoji picker, a separate chunk loaded on first use (LazyEmojiPicker). Type to search;
// ↓ from the search box enters the grid, the arrow keys, Home and End move in it, Enter picks,
// Escape closes. One cell at a time is in the tab order (roving tabindex).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EMOJI_GROUPS } from '../emoji/data';
import { moveInGrid, parseGroups, searchEmoji, type EmojiEntry } from '../emoji/search';

const COLUMNS = 8;
const ALL = parseGroups(EMOJI_GROUPS);

export interface EmojiPickerProps {
  onPick: (emoji: string) => void;
  onClose: () => void;
  /** shown first, under "Frequently used" */
  frequent?: string[];
}

export function EmojiPicker({ onPick, onClose, frequent = [] }: EmojiPickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const search = useRef<HTMLInputElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  useEffect(() => search.current?.focus(), []);

  const sections = useMemo<[string, EmojiEntry[]][]>(() => {
    if (query.trim()) return [['Results', searchEmoji(ALL, query)]];
    const groups = new Map<string, EmojiEntry[]>();
    for (const e of ALL) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);
    const freq = frequent.map((emoji) => ALL.find((e) => e.emoji === emoji) ?? { emoji, name: emoji, group: 'Frequently used' });
    return [['Frequently used', freq], ...groups];
  }, [query]);
  const flat = sections.flatMap(([, list]) => list);

  function focusCell(i: number) {
    setActive(i);
    grid.current?.querySelector<HTMLButtonElement>(`[data-cell="${i}"]`)?.focus();
  }

  function onGridKey(e: KeyboardEvent) {
    if (e.key === 'Escape') { e.preventDefault(); onClose(); return; }
    const next = moveInGrid(active, e.key, COLUMNS, flat.length);
    if (next === active && e.key === 'ArrowUp') { e.preventDefault(); search.current?.focus(); return; }
    if (next !== active) { e.preventDefault(); focusCell(next); }
  }

  let cell = 0;
  return (
    <div class="emoji-picker" role="dialog" aria-label="Emoji picker">
      <label class="visually-hidden" for="emoji-search">Search emoji</label>
      <input id="emoji-search" ref={search} type="search" placeholder="Search emoji" value={query} autoComplete="off"
             onInput={(e) => { setQuery(e.currentTarget.value); setActive(0); }}
             onKeyDown={(e) => {
               if (e.key === 'Escape') { e.preventDefault(); onClose(); }
               if (e.key === 'ArrowDown' && flat.length > 0) { e.preventDefault(); focusCell(0); }
               if (e.key === 'Enter' && flat[0]) { e.preventDefault(); onPick(flat[0].emoji); }
             }} />
      <div class="emoji-scroll" ref={grid} onKeyDown={onGridKey}>
        {flat.length === 0 && <p class="muted" role="status">No emoji match “{query}”.</p>}
        {sections.filter(([, list]) => list.length > 0).map(([title, list]) => (
          <section key={title} aria-label={title}>
            <h4 class="emoji-group">{title}</h4>
            <div class="emoji-grid" role="group" aria-label={title}>
              {list.map((e) => {
                const i = cell++;
                return (
                  <button key={`${title}-${e.emoji}`} type="button" data-cell={i} tabIndex={i === active ? 0 : -1}
                          aria-label={e.name} title={e.name} onClick={() => onPick(e.emoji)}>{e.emoji}</button>
                );
              })}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
