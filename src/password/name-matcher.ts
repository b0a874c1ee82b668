/**
 * Finds the person's names in a password, disguised or not (docs/sources.md, reading:names, steps 4–6).
 *
 * The password is folded (name-fold.ts) and looked at through two views: as typed, and with word separators
 * removed (« Du-Pont » → "DuPont"). Each name token is compared with every window of the same length,
 * letter by letter: the same letter is exact; a look-alike (« 0 » for o) is free; any other non-letter is a
 * wildcard, within a small budget; a different letter ends the window; at least half of the letters must
 * be exact. The same is done with the name reversed. Cost: views × tokens × password length × letters per
 * token, all bounded (constants.ts), and windows with too few letters are skipped in constant time.
 */

import {
  EDGE_WILDCARD_MIN_LETTERS,
  LOOK_ALIKES,
  MANY_WILDCARDS_MIN_LETTERS,
  MIN_EXACT_SHARE,
  SEPARATOR_PATTERN,
  WILDCARDS_LONG_NAME,
  WILDCARDS_SHORT_NAME,
} from './constants';
import { CharKind, type FoldedText, isLetterKind } from './name-fold';
import type { NameToken } from './names';

export type NameFindingReason = 'contains' | 'reversed' | 'inside-word' | 'short-word';

export interface NameFinding {
  readonly state: 'fail' | 'warn';
  readonly reason: NameFindingReason;
  readonly token: NameToken;
}

/** The order in which warnings are reported when several apply: the most telling first. */
const WARNING_PRIORITY: readonly NameFindingReason[] = ['reversed', 'inside-word', 'short-word'];

/**
 * One way of looking at the password, with what the inner loop needs precomputed per position, so that
 * the loop only reads typed arrays.
 */
interface View {
  readonly codes: Int32Array;
  /** 1 where the position holds a letter (letters can never stand for another letter). */
  readonly isLetter: Uint8Array;
  /** Bit mask over a–z of the letters the character there may stand for (look-alikes); 0 for none. */
  readonly lookAlikeMasks: Uint32Array;
  /** letterCounts[i] = number of letters before position i: a window with too few letters is skipped at once. */
  readonly letterCounts: Int32Array;
  /** Index in the full folded text of each position of this view; null when the view is the full text. */
  readonly toFull: Int32Array | null;
}

interface WindowHit {
  readonly found: boolean;
  readonly isolated: boolean;
}

const NO_HIT: WindowHit = { found: false, isolated: false };

/** Letters each look-alike may stand for, as a bit mask over a–z, keyed by the look-alike's code point. */
const LOOK_ALIKE_MASKS: ReadonlyMap<number, number> = buildLookAlikeMasks();

function buildLookAlikeMasks(): Map<number, number> {
  const masks = new Map<number, number>();
  for (const [character, letters] of Object.entries(LOOK_ALIKES)) {
    let mask = 0;
    for (const letter of letters) mask |= 1 << (letter.charCodeAt(0) - 0x61);
    masks.set(character.codePointAt(0) ?? 0, mask);
  }
  return masks;
}

/** The bit of a letter a–z in the look-alike masks; 0 for other letters, which have no look-alikes. */
function letterBit(letterCode: number): number {
  return letterCode >= 0x61 && letterCode <= 0x7a ? 1 << (letterCode - 0x61) : 0;
}

/** The most severe finding over all tokens, or null when no name is found. */
export function findName(password: FoldedText, tokens: readonly NameToken[]): NameFinding | null {
  if (tokens.length === 0 || password.codes.length === 0) return null;
  const views = buildViews(password);
  let warning: NameFinding | null = null;
  for (const token of tokens) {
    const finding = findToken(password, views, token);
    if (finding === null) continue;
    if (finding.state === 'fail') return finding;
    if (warning === null || rank(finding.reason) < rank(warning.reason)) warning = finding;
  }
  return warning;
}

function rank(reason: NameFindingReason): number {
  return WARNING_PRIORITY.indexOf(reason);
}

function findToken(password: FoldedText, views: readonly View[], token: NameToken): NameFinding | null {
  const reversedLetters = token.letters.slice().reverse();
  switch (token.tier) {
    case 'long': {
      if (views.some((view) => scan(password, view, token.letters, true, false).found)) {
        return { state: 'fail', reason: 'contains', token };
      }
      if (views.some((view) => scan(password, view, reversedLetters, true, false).found)) {
        return { state: 'warn', reason: 'reversed', token };
      }
      return null;
    }
    case 'short': {
      let foundInsideWord = false;
      for (const view of views) {
        const hit = scan(password, view, token.letters, true, true);
        if (hit.isolated) return { state: 'fail', reason: 'contains', token };
        foundInsideWord ||= hit.found;
      }
      if (foundInsideWord) return { state: 'warn', reason: 'inside-word', token };
      // Decision: a reversed 3-letter name is only worth a warning as a word of its own.
      if (views.some((view) => scan(password, view, reversedLetters, true, true).isolated)) {
        return { state: 'warn', reason: 'reversed', token };
      }
      return null;
    }
    case 'tiny': {
      // Decision: 2-letter names are looked for as typed only (no separator removal, no substitutes):
      // anything looser flags half of all passwords.
      const fullView = views[0];
      if (fullView && scan(password, fullView, token.letters, false, true).isolated) {
        return { state: 'warn', reason: 'short-word', token };
      }
      return null;
    }
  }
}

function buildViews(password: FoldedText): View[] {
  const all = Int32Array.from(password.codes.keys());
  const full = makeView(password, all, null);
  const kept = all.filter((index) => !isSeparator(password.codes[index] ?? 0));
  return kept.length === all.length ? [full] : [full, makeView(password, kept, kept)];
}

function makeView(password: FoldedText, positions: Int32Array, toFull: Int32Array | null): View {
  const length = positions.length;
  const codes = new Int32Array(length);
  const isLetter = new Uint8Array(length);
  const lookAlikeMasks = new Uint32Array(length);
  const letterCounts = new Int32Array(length + 1);
  for (let index = 0; index < length; index += 1) {
    const fullIndex = positions[index] ?? 0;
    const code = password.codes[fullIndex] ?? 0;
    const letter = isLetterKind(password.kinds[fullIndex] ?? CharKind.NonLetter);
    codes[index] = code;
    isLetter[index] = letter ? 1 : 0;
    lookAlikeMasks[index] = letter ? 0 : (LOOK_ALIKE_MASKS.get(code) ?? 0);
    letterCounts[index + 1] = (letterCounts[index] ?? 0) + (letter ? 1 : 0);
  }
  return { codes, isLetter, lookAlikeMasks, letterCounts, toFull };
}

const ASCII_SEPARATORS: readonly boolean[] = Array.from({ length: 0x80 }, (_, code) => SEPARATOR_PATTERN.test(String.fromCharCode(code)));

function isSeparator(code: number): boolean {
  if (code < 0x80) return ASCII_SEPARATORS[code] === true;
  return SEPARATOR_PATTERN.test(String.fromCodePoint(code));
}

/**
 * Looks for `letters` in every window of `view`. With `needIsolated`, keeps looking after a first hit until
 * a window that is a word of its own is found; otherwise stops at the first hit.
 */
function scan(password: FoldedText, view: View, letters: Int32Array, allowSubstitutes: boolean, needIsolated: boolean): WindowHit {
  const length = letters.length;
  const lastStart = view.codes.length - length;
  if (length === 0 || lastStart < 0) return NO_HIT;
  const wildcardBudget = allowSubstitutes ? (length >= MANY_WILDCARDS_MIN_LETTERS ? WILDCARDS_LONG_NAME : WILDCARDS_SHORT_NAME) : 0;
  const edgeWildcardsAllowed = length >= EDGE_WILDCARD_MIN_LETTERS;
  const bits = Uint32Array.from(letters, letterBit);
  const minExact = Math.max(1, Math.ceil(length * MIN_EXACT_SHARE));
  const maxNotExact = length - minExact;
  const { codes, isLetter, lookAlikeMasks, letterCounts } = view;
  let found = false;

  for (let start = 0; start <= lastStart; start += 1) {
    // Letters can only be typed as themselves: a window with fewer letters than needed cannot match.
    if ((letterCounts[start + length] ?? 0) - (letterCounts[start] ?? 0) < minExact) continue;
    let notExact = 0;
    let wildcards = 0;
    let position = 0;
    for (; position < length; position += 1) {
      const at = start + position;
      if (codes[at] === letters[position]) continue;
      if (!allowSubstitutes || isLetter[at] === 1 || notExact === maxNotExact) break;
      notExact += 1;
      if (((lookAlikeMasks[at] ?? 0) & (bits[position] ?? 0)) !== 0) continue;
      const atEdge = position === 0 || position === length - 1;
      if ((atEdge && !edgeWildcardsAllowed) || wildcards === wildcardBudget) break;
      wildcards += 1;
    }
    if (position < length) continue;
    found = true;
    if (!needIsolated) return { found, isolated: false };
    if (isIsolated(password, view, start, start + length - 1)) return { found, isolated: true };
  }
  return { found, isolated: false };
}

/** Whether view positions first..last form a word of their own in the full text. */
function isIsolated(password: FoldedText, view: View, first: number, last: number): boolean {
  const fullFirst = view.toFull ? (view.toFull[first] ?? 0) : first;
  const fullLast = view.toFull ? (view.toFull[last] ?? 0) : last;
  return isWordBoundary(password.kinds, fullFirst) && isWordBoundary(password.kinds, fullLast + 1);
}

/**
 * Whether a word may start at `index` (i.e. between index-1 and index). Words are delimited by the ends of
 * the text, by non-letters and by case changes, camel-case style: « LucSoleil », « soleilLuc ».
 * Decision: an upper-case run of 2 or more letters is a word of its own whichever side the lower-case
 * word is on: « LUCsoleil » and « LUCSoleil » both isolate "LUC", although the latter also isolates "LUCS".
 */
function isWordBoundary(kinds: Uint8Array, index: number): boolean {
  if (index <= 0 || index >= kinds.length) return true;
  const before = kinds[index - 1] ?? CharKind.NonLetter;
  const at = kinds[index] ?? CharKind.NonLetter;
  if (!isLetterKind(before) || !isLetterKind(at)) return true;
  if (before === CharKind.Lower && at === CharKind.Upper) return true;
  if (before === CharKind.Upper && at === CharKind.Upper && kinds[index + 1] === CharKind.Lower) return true;
  return before === CharKind.Upper && at === CharKind.Lower && kinds[index - 2] === CharKind.Upper;
}
