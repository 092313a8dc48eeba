import { describe, expect, test } from 'vitest';
import { EMOJI_GROUPS } from '../src/emoji/data';
import { moveInGrid, parseGroups, searchEmoji } from '../src/emoji/search';

const all = parseGroups(EMOJI_GROUPS);

describe('the built-in emoji list', () => {
  test('every entry is one emoji with a name, none twice', () => {
    expect(all.length).toBeGreaterThan(1000);
    for (const e of all) {
      expect(e.name).toMatch(/^[a-z0-9 ,.'()-]+$/);
      expect(e.emoji).toMatch(/^\p{Extended_Pictographic}\uFE0F?$/u);
    }
    expect(new Set(all.map((e) => e.emoji)).size).toBe(all.length);
  });
});

describe('search', () => {
  test('by name word prefixes, every word of the query', () => {
    expect(searchEmoji(all, 'thumbs').map((e) => e.emoji)).toEqual(expect.arrayContaining(['👍', '👎']));
    expect(searchEmoji(all, 'face joy').map((e) => e.emoji)).toContain('😂');
    expect(searchEmoji(all, 'zzzqqq')).toEqual([]);
    expect(searchEmoji(all, '  ')).toEqual([]);
  });
  test('everyday aliases, and exact hits first', () => {
    expect(searchEmoji(all, 'like')[0]!.emoji).toBe('👍');
    expect(searchEmoji(all, 'tada')[0]!.emoji).toBe('🎉');
    expect(searchEmoji(all, 'fire')[0]!.emoji).toBe('🔥');
    expect(searchEmoji(all, 'rocket')[0]!.emoji).toBe('🚀');
    expect(searchEmoji(all, 'heart').map((e) => e.emoji)).toContain('❤️');
  });
  test('at most `limit` results', () => {
    expect(searchEmoji(all, 'face', 5)).toHaveLength(5);
  });
});

describe('moving in the grid', () => {
  test('arrows by one and by a row, Home and End, clamped to the grid', () => {
    expect(moveInGrid(0, 'ArrowRight', 8, 20)).toBe(1);
    expect(moveInGrid(0, 'ArrowLeft', 8, 20)).toBe(0);
    expect(moveInGrid(3, 'ArrowDown', 8, 20)).toBe(11);
    expect(moveInGrid(15, 'ArrowDown', 8, 20)).toBe(19);
    expect(moveInGrid(11, 'ArrowUp', 8, 20)).toBe(3);
    expect(moveInGrid(5, 'Home', 8, 20)).toBe(0);
    expect(moveInGrid(5, 'End', 8, 20)).toBe(19);
    expect(moveInGrid(5, 'x', 8, 20)).toBe(5);
    expect(moveInGrid(0, 'ArrowDown', 8, 0)).toBe(0);
  });
});
