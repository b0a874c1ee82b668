/**
 * Folding for name matching (docs/sources.md, reading:names, step 1): canonical decomposition, combining marks dropped,
 * ligatures expanded, lower case — the same pipeline for the password and for the names, so « HÉLÈNE »,
 * « Helene » and « hélène » all compare equal.
 *
 * The folded password keeps, for each folded character, what kind of character it came from (upper- or
 * lower-case letter, other letter, non-letter), because word boundaries (« LucSoleil ») depend on case.
 */

import { EXTRA_LETTER_FOLDS } from './constants';

/** Kinds of characters; plain numbers so they fit a Uint8Array (and survive per-file transpiling). */
export const CharKind = {
  NonLetter: 0,
  Lower: 1,
  Upper: 2,
  /** A letter without case (CJK, Arabic…) or whose case cannot be told. */
  OtherLetter: 3,
} as const;
export type CharKind = (typeof CharKind)[keyof typeof CharKind];

export interface FoldedText {
  /** Folded, lower-cased code points. */
  readonly codes: Int32Array;
  /** The kind of each folded code point, before lower-casing. */
  readonly kinds: Uint8Array;
}

const COMBINING_MARKS = /\p{M}/gu;
const LETTER = /\p{L}/u;
const EXTRA_FOLDS_PATTERN = new RegExp(`[${Object.keys(EXTRA_LETTER_FOLDS).join('')}]`, 'gu');

/**
 * Decomposed, mark-free, ligature-expanded text; case is kept.
 * Decision: canonical (NFD), not compatibility (NFKD), decomposition: NFKD would also turn « Ｄｕｐｏｎｔ »
 * (full-width) into Dupont, but such characters already fail the charset rule, and NFKD can turn one code
 * point into 18 (U+FDFA), which a 10,000-character paste would multiply.
 */
export function stripToBaseLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(EXTRA_FOLDS_PATTERN, (letter) => EXTRA_LETTER_FOLDS[letter] ?? letter);
}

export function foldText(text: string): FoldedText {
  const base = stripToBaseLetters(text);
  const codes = new Int32Array(base.length);
  const kinds = new Uint8Array(base.length);
  let count = 0;
  for (const character of base) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x80) {
      // ASCII fast path: the common case, and the whole of a GAIA-acceptable password.
      if (code >= 0x61 && code <= 0x7a) {
        codes[count] = code;
        kinds[count] = CharKind.Lower;
      } else if (code >= 0x41 && code <= 0x5a) {
        codes[count] = code + 0x20;
        kinds[count] = CharKind.Upper;
      } else {
        codes[count] = code;
        kinds[count] = CharKind.NonLetter;
      }
    } else {
      const lower = character.toLowerCase();
      codes[count] = lower.codePointAt(0) ?? code;
      kinds[count] = kindOfNonAscii(character, lower);
    }
    count += 1;
  }
  return { codes: codes.subarray(0, count), kinds: kinds.subarray(0, count) };
}

function kindOfNonAscii(character: string, lower: string): CharKind {
  if (!LETTER.test(character)) return CharKind.NonLetter;
  if (lower !== character) return CharKind.Upper;
  if (character.toUpperCase() !== character) return CharKind.Lower;
  return CharKind.OtherLetter;
}

export function isLetterKind(kind: number): boolean {
  return kind !== CharKind.NonLetter;
}
