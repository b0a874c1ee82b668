import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The popup's colour variables, light scheme first, then the dark one (popup.css). */
const css = readFileSync(new URL('../../../src/popup/popup.css', import.meta.url), 'utf8');
const [light, dark] = css.split('@media (prefers-color-scheme: dark)').map((part) => Object.fromEntries([...part.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!])));

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** Every text colour on every background it is drawn on. */
const PAIRS = [
  ['text', 'surface'],
  ['muted', 'surface'],
  ['accent', 'surface'],
  ['text', 'raised'],
  ['muted', 'raised'],
  ['accent', 'raised'],
  ['on-accent', 'accent'],
] as const;

describe('popup colours', () => {
  it.each([
    ['light', light!],
    ['dark', dark!],
  ])('%s scheme: every text has a contrast of at least 4.5:1', (_scheme, colours) => {
    for (const [text, background] of PAIRS) {
      expect(contrast(colours[text]!, colours[background]!), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
