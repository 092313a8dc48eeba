// The theme's text colours against the backgrounds they sit on, in both themes, meet WCAG AA for
// normal text (4.5:1). The end-to-end run's axe audit checks what is on screen; this covers every
// pair, code-highlighting scopes included, whether or not a screen shows it.
import { describe, expect, test } from 'vitest';
import css from '../src/styles.css?raw';

/** The custom properties of the first block after `start` (`:root {` or the dark media query). */
function palette(start: string): Record<string, string> {
  const from = css.indexOf(start);
  const block = css.slice(from, css.indexOf('}', from));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1], m[2]]));
}

const light = palette(':root {');
const dark = { ...light, ...palette('@media (prefers-color-scheme: dark)') };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const CODE = ['code-keyword', 'code-string', 'code-title', 'code-number', 'code-comment', 'code-type', 'code-tag', 'code-deletion'];
/** [text, background]: where each text colour appears. */
const PAIRS: [string, string][] = [
  ...['bg', 'bg-2', 'bg-3'].flatMap((bg): [string, string][] => [['fg', bg], ['muted', bg]]),
  ['accent', 'bg'], ['accent', 'bg-2'], ['accent-fg', 'accent'], ['danger', 'bg'], ['danger', 'bg-2'], ['fg', 'mention'],
  ...CODE.map((c): [string, string] => [c, 'bg-2']),
];

describe.each([['light', light], ['dark', dark]] as const)('the %s theme', (_, colours) => {
  test.each(PAIRS)('--%s on --%s is at least 4.5:1', (text, background) => {
    expect(colours[text], text).toMatch(/^#/);
    expect(colours[background], background).toMatch(/^#/);
    expect(contrast(colours[text], colours[background])).toBeGreaterThanOrEqual(4.5);
  });
});
