/**
 * From the names the extension knows (displayed identity, « prenom.nom@ods.services » identifier, names
 * typed in the options) to the folded name tokens the name rule looks for (docs/sources.md, reading:names, steps 2–3).
 */

import { LONG_NAME_MIN_LETTERS, MAX_NAME_TOKENS, MAX_TOKEN_LETTERS, NAME_PARTICLES, SHORT_NAME_LETTERS, TINY_NAME_LETTERS } from './constants';
import { foldText, isLetterKind } from './name-fold';

/** How strictly a token is looked for, by its length in letters (see constants.ts). */
export type NameTier = 'long' | 'short' | 'tiny';

export interface NameToken {
  /** Folded, lower-case letters, as code points. */
  readonly letters: Int32Array;
  /** The same letters as a string, for de-duplication and for the strength estimator. */
  readonly folded: string;
  /** The name as the person wrote it (« Hélène », « Jean-Pierre »): shown in "contains your name (…)". */
  readonly display: string;
  readonly tier: NameTier;
}

interface NamePart {
  readonly display: string;
  /** Where the part starts and ends in the name, to show a glued pair as it was written. */
  readonly start: number;
  readonly end: number;
  readonly letters: Int32Array;
  readonly isParticle: boolean;
}

const NAME_PART_PATTERN = /[\p{L}\p{M}]+/gu;

/**
 * « helene.dupont-martin@ods.services » → ["helene", "dupont-martin"]. Only the part before « @ »: the
 * domain (« ods », « services », « cnrs ») is not a name. Digits added to homonyms (« dupont2 ») go.
 */
export function namesFromIdentifier(identifier: string): string[] {
  const at = identifier.indexOf('@');
  const localPart = at >= 0 ? identifier.slice(0, at) : identifier;
  return localPart
    .split(/[.+]/)
    .map((piece) => piece.replace(/[0-9]+/g, '').trim())
    .filter((piece) => piece.length > 0);
}

/**
 * All tokens for a list of names, in the order given, without duplicates. Each name may be a first name, a
 * last name, a full name (« Jean de La Fontaine ») or an identifier (anything with « @ »).
 */
export function deriveNameTokens(names: readonly string[]): NameToken[] {
  const tokens: NameToken[] = [];
  const seen = new Set<string>();
  const add = (letters: Int32Array, display: string): void => {
    const tier = tierOf(letters.length);
    if (tier === null || tokens.length >= MAX_NAME_TOKENS) return;
    const kept = letters.subarray(0, MAX_TOKEN_LETTERS);
    const folded = String.fromCodePoint(...kept);
    if (seen.has(folded)) return;
    seen.add(folded);
    tokens.push({ letters: kept, folded, display, tier });
  };

  for (const rawName of names) {
    const name = rawName.normalize('NFC');
    const pieces = name.includes('@') ? namesFromIdentifier(name) : [name];
    for (const piece of pieces) {
      const parts = splitIntoParts(piece);
      const hasRealName = parts.some((part) => !part.isParticle);
      for (const part of parts) {
        if (!hasRealName || !part.isParticle) add(part.letters, part.display);
      }
      // Compound forms glued together (« Li-Na » → "lina", « O'Brien » → "obrien", « Le Goff » → "legoff"),
      // only when a part is too short to be found on its own: two long parts are each found anyway.
      for (let index = 0; index + 1 < parts.length; index += 1) {
        const first = parts[index];
        const second = parts[index + 1];
        if (!first || !second || !isGluedPair(first, second, piece.slice(first.end, second.start))) continue;
        if (Math.min(first.letters.length, second.letters.length) >= LONG_NAME_MIN_LETTERS) continue;
        add(concatLetters(first.letters, second.letters), piece.slice(first.start, second.end));
      }
    }
  }
  return tokens;
}

const COMPOUND_JOINER = /^['\u2019\u2010-]$/u;
const BLANK = /^\s+$/u;

/**
 * Parts written as one compound (« Li-Na », « O'Brien ») are glued; so is a particle and the name it
 * introduces (« Le Goff », « Ben Ali »). Not an initial and a name (« J. Dupont »), nor a name and the
 * particle after it (« Jean de … »).
 */
function isGluedPair(first: NamePart, second: NamePart, between: string): boolean {
  if (second.isParticle) return false;
  return COMPOUND_JOINER.test(between) || (first.isParticle && BLANK.test(between));
}

function splitIntoParts(name: string): NamePart[] {
  const parts: NamePart[] = [];
  for (const match of name.matchAll(NAME_PART_PATTERN)) {
    const display = match[0];
    const letters = lettersOf(display);
    if (letters.length === 0) continue;
    const folded = String.fromCodePoint(...letters.subarray(0, MAX_TOKEN_LETTERS));
    const start = match.index;
    parts.push({ display, start, end: start + display.length, letters, isParticle: NAME_PARTICLES.has(folded) });
  }
  return parts;
}

/** Folded letters only (defensive: folding a run of letters and marks should leave only letters). */
function lettersOf(text: string): Int32Array {
  const folded = foldText(text);
  const letters: number[] = [];
  folded.codes.forEach((code, index) => {
    if (isLetterKind(folded.kinds[index] ?? 0)) letters.push(code);
  });
  return Int32Array.from(letters);
}

function concatLetters(first: Int32Array, second: Int32Array): Int32Array {
  const joined = new Int32Array(first.length + second.length);
  joined.set(first, 0);
  joined.set(second, first.length);
  return joined;
}

function tierOf(letterCount: number): NameTier | null {
  if (letterCount >= LONG_NAME_MIN_LETTERS) return 'long';
  if (letterCount === SHORT_NAME_LETTERS) return 'short';
  if (letterCount === TINY_NAME_LETTERS) return 'tiny';
  return null;
}
