import { describe, expect, it } from 'vitest';
import { contrast, schemeColours } from '../wcag-contrast';

/** The popup's colour variables (popup.css). */
const { light, dark } = schemeColours(new URL('../../../src/popup/popup.css', import.meta.url));

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
    ['light', light],
    ['dark', dark],
  ])('%s scheme: every text has a contrast of at least 4.5:1', (_scheme, colours) => {
    for (const [text, background] of PAIRS) {
      expect(contrast(colours[text]!, colours[background]!), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
