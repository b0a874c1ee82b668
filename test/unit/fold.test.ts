import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsAny, fold, longEnoughFor } from '../../src/engine/phrase-fold';

/** fold as its documentation states it, without the shortcut for common text. */
const foldAsSpecified = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/\s+/g, ' ');

describe('fold', () => {
  it('compares French wording without case, accents, typographic apostrophes or odd spaces', () => {
    expect(fold('Choisir mon fournisseur d’identité')).toBe("choisir mon fournisseur d'identite");
    expect(fold('IDENTITÉ\u00a0 Œuvre')).toBe('identite œuvre');
    expect(fold('Ελληνικά, кириллица й')).toBe('ελληνικα, кириллица и');
  });

  it('has only U+0300–U+036F as marks in the ranges where it takes its shortcut (checked against Unicode)', () => {
    const shortcutRanges = [
      [0, 0x0483],
      [0x2000, 0x20d0],
    ] as const;
    const isMark = /^\p{M}$/u;
    for (const [from, to] of shortcutRanges) {
      for (let codePoint = from; codePoint < to; codePoint += 1) {
        const expected = codePoint >= 0x0300 && codePoint < 0x0370;
        if (isMark.test(String.fromCodePoint(codePoint)) !== expected) expect.fail(`U+${codePoint.toString(16)}`);
      }
    }
  });

  it('folds any text exactly as specified, marks of every script included', () => {
    // Text drawn from all of Unicode, and text mixing French with marks of other scripts.
    const marks = fc.constantFrom('\u0301', '\u0327', '\u0483', '\u05b4', '\u0651', '\u093c', '\u20dd', '\u1ab0', '\u1dc0', '\ufe20');
    const french = fc.constantFrom('é', 'è', 'ç', 'à', 'Ô', 'œ', '’', '\u00a0', ' ', 'a', 'Z', '€', '…', '«', '»');
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(fc.oneof(french, marks), { maxLength: 40 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (sample) => fold(sample) === foldAsSpecified(sample)),
      { numRuns: 2000 },
    );
  });
});

describe('a text too short to hold a phrase', () => {
  it('is never one that holds it once folded, for phrases of the Latin letters the rules use', () => {
    const latin = fc.constantFrom('a', 'c', 'e', 'i', 'o', 'u', 'n', 's', 't', "'", ' ', '-');
    const phrase = fc.array(latin, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
    // Texts made to hold the phrase under other forms (accents, capitals, runs of spaces, marks), and any text.
    const variants: Record<string, readonly string[]> = {
      a: ['a', 'À', 'á', 'A'],
      e: ['é', 'È', 'ë', 'e\u0301'],
      c: ['ç', 'C'],
      i: ['î', 'İ'],
      "'": ['’', 'ʼ', '`'],
      ' ': [' ', '\u00a0', '\n   ', '\t'],
    };
    const disguised = (text: string) =>
      fc.tuple(...[...text].map((letter) => fc.constantFrom(letter, ...(variants[letter] ?? [])))).map((parts) => parts.join(''));
    const around = fc.string({ unit: 'binary', maxLength: 6 });
    fc.assert(
      fc.property(
        phrase.chain((shown) =>
          fc.tuple(
            fc.constant(shown),
            fc.oneof(
              fc.string({ unit: 'binary' }),
              fc.tuple(around, disguised(shown), around).map((parts) => parts.join('')),
            ),
          ),
        ),
        ([shown, text]) => !containsAny(fold(text), [shown]) || longEnoughFor(text, [shown]),
      ),
      { numRuns: 3000 },
    );
  });
});
