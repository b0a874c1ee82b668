import { describe, expect, it } from 'vitest';
import { contrast, schemeColours } from './wcag-contrast';

/**
 * The overlay's palette (overlay.css), pair by pair, including states the end-to-end replicas may not
 * show (a rule in the "warn" state). The e2e audit measures what is actually rendered.
 */
const { light, dark } = schemeColours(new URL('../../src/ui/overlay.css', import.meta.url));

/** Texts (4.5:1): on our surface, and the rule icons' glyphs and the action buttons' labels on their colour. */
const TEXTS = [
  ['text', 'surface'],
  ['muted', 'surface'],
  ['accent', 'surface'],
  ['error', 'surface'],
  ['ok', 'surface'],
  ['surface', 'ok'],
  ['surface', 'error'],
  ['surface', 'warn'],
  ['surface', 'muted'],
  ['surface', 'accent'],
] as const;

/** Graphics that carry meaning (3:1): focus rings and card edges, rule icons and strength segments, on our surface. */
const GRAPHICS = [
  ['accent', 'surface'],
  ['ok', 'surface'],
  ['error', 'surface'],
  ['warn', 'surface'],
  ['muted', 'surface'],
] as const;

describe('overlay colours', () => {
  it.each([
    ['light', light],
    ['dark', dark],
  ])('%s scheme: texts at 4.5:1 or more, meaningful graphics at 3:1 or more', (_scheme, colours) => {
    for (const [text, background] of TEXTS)
      expect(contrast(colours[text]!, colours[background]!), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    for (const [graphic, background] of GRAPHICS)
      expect(contrast(colours[graphic]!, colours[background]!), `${graphic} on ${background}`).toBeGreaterThanOrEqual(3);
  });

  it('the outline around a field stands out from a white page and, by its edge, from a black one, in both schemes', () => {
    for (const colours of [light, dark]) {
      expect(contrast(colours.ring!, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrast(colours['ring-edge']!, '#000000')).toBeGreaterThanOrEqual(3);
      expect(contrast(colours.ring!, colours['ring-edge']!)).toBeGreaterThanOrEqual(3);
    }
  });
});
