// Searching the built-in emoji list and moving through the picker's grid with the keyboard. Pure,
// so both are unit-tested (test/emoji.test.ts); the list itself (data.ts) loads with the picker.

export interface EmojiEntry {
  emoji: string;
  name: string;
  group: string;
}

/** Everyday words the Unicode names lack ("thumbs up sign" is also "+1" and "like"). */
const ALIASES: Record<string, string> = {
  '👍': '+1 like yes thumbsup', '👎': '-1 no dislike thumbsdown', '❤️': 'heart love red', '😂': 'lol laugh joy',
  '🎉': 'tada party celebrate', '😮': 'wow surprised open mouth', '👀': 'eyes look see', '🔥': 'fire lit hot',
  '😢': 'sad cry tear', '😡': 'angry mad', '🙏': 'please thanks pray', '👏': 'clap applause', '🚀': 'rocket ship launch',
  '✅': 'check done yes', '❌': 'cross no wrong', '🤔': 'thinking hmm', '😊': 'smile blush happy', '😀': 'smile happy grin',
  '💯': 'hundred perfect', '👋': 'wave hello hi bye', '🙂': 'smile slight', '😍': 'love heart eyes', '🤣': 'rofl laugh',
  '😭': 'sob cry', '🥳': 'party celebrate', '😎': 'cool sunglasses', '🤝': 'handshake deal', '✨': 'sparkles shiny',
};

export function parseGroups(groups: [string, string][]): EmojiEntry[] {
  return groups.flatMap(([group, lines]) => lines.split('\n').map((line) => {
    const space = line.indexOf(' ');
    const emoji = line.slice(0, space);
    return { emoji, name: line.slice(space + 1), group };
  }));
}

function words(e: EmojiEntry): string[] {
  return `${e.name} ${ALIASES[e.emoji] ?? ''}`.toLowerCase().split(/[\s-]+/).filter(Boolean);
}

/**
 * Entries whose name or aliases have a word starting with each word of the query, best first:
 * an exact name or alias, then names starting with the query, then the rest, each in list order.
 * An empty query matches none.
 */
export function searchEmoji(entries: EmojiEntry[], query: string, limit = 80): EmojiEntry[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const hits = entries.filter((e) => {
    const w = words(e);
    return terms.every((t) => w.some((x) => x.startsWith(t)));
  });
  const q = query.trim().toLowerCase();
  const rank = (e: EmojiEntry) => (e.name === q || (ALIASES[e.emoji] ?? '').split(' ').includes(q) ? 0 : e.name.startsWith(q) ? 1 : 2);
  // a stable sort: list order within each rank
  return hits.map((e, i) => ({ e, i, r: rank(e) })).sort((a, b) => a.r - b.r || a.i - b.i).slice(0, limit).map((x) => x.e);
}

/** The cell the arrow keys, Home and End move to in a grid of `count` cells, `columns` wide. */
export function moveInGrid(index: number, key: string, columns: number, count: number): number {
  if (count === 0) return 0;
  const next = (() => {
    switch (key) {
      case 'ArrowRight': return index + 1;
      case 'ArrowLeft': return index - 1;
      case 'ArrowDown': return index + columns;
      case 'ArrowUp': return index - columns;
      case 'Home': return 0;
      case 'End': return count - 1;
      default: return index;
    }
  })();
  return Math.min(count - 1, Math.max(0, next));
}
