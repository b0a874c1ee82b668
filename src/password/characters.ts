/**
 * One pass over the password's code points for the character rules: length, special, upper, lower,
 * charset (docs/sources.md, reading:verdict). Works on the NFC form, by code point, never by UTF-16 unit: an emoji or a
 * decomposed « é » typed on macOS counts once.
 */

import { ALLOWED_SPACE, GAIA_SPECIALS, MAX_NOTED_CHARACTERS } from './constants';

export interface CharacterCensus {
  readonly codePoints: number;
  readonly hasSpecial: boolean;
  readonly hasAsciiUpper: boolean;
  readonly hasAsciiLower: boolean;
  /** Upper-case letters outside A–Z (« É »): they do not satisfy the rule, but the message says why. */
  readonly hasOtherUpper: boolean;
  readonly hasOtherLower: boolean;
  /** How many code points are outside GAIA's allow-list: the only thing the message says about them. */
  readonly outsideCount: number;
  /**
   * The first few distinct characters outside the allow-list, in order of appearance. In memory only, for
   * tests: never shown, since they are pieces of the password.
   */
  readonly outsideCharset: readonly string[];
  readonly startsOrEndsWithSpace: boolean;
}

const SPECIAL_CODES: ReadonlySet<number> = new Set([...GAIA_SPECIALS].map((c) => c.charCodeAt(0)));
const SPACE_CODE = ALLOWED_SPACE.charCodeAt(0);
const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;

export function takeCensus(normalized: string): CharacterCensus {
  let codePoints = 0;
  let hasSpecial = false;
  let hasAsciiUpper = false;
  let hasAsciiLower = false;
  let hasOtherUpper = false;
  let hasOtherLower = false;
  const outside = new Set<string>();
  let outsideCount = 0;

  for (const character of normalized) {
    codePoints += 1;
    const code = character.codePointAt(0) ?? 0;
    if (code >= 0x41 && code <= 0x5a) hasAsciiUpper = true;
    else if (code >= 0x61 && code <= 0x7a) hasAsciiLower = true;
    else if (code >= 0x30 && code <= 0x39) continue;
    else if (SPECIAL_CODES.has(code)) hasSpecial = true;
    else if (code === SPACE_CODE) continue;
    else {
      outsideCount += 1;
      if (outside.size <= MAX_NOTED_CHARACTERS) outside.add(character);
      if (code >= 0x80) {
        if (!hasOtherUpper && UPPER_LETTER.test(character)) hasOtherUpper = true;
        else if (!hasOtherLower && LOWER_LETTER.test(character)) hasOtherLower = true;
      }
    }
  }

  return {
    codePoints,
    hasSpecial,
    hasAsciiUpper,
    hasAsciiLower,
    hasOtherUpper,
    hasOtherLower,
    outsideCount,
    outsideCharset: [...outside],
    startsOrEndsWithSpace: normalized.startsWith(ALLOWED_SPACE) || normalized.endsWith(ALLOWED_SPACE),
  };
}
