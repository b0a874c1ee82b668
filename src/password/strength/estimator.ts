/**
 * The strength estimate beside GAIA's rules (docs/sources.md, the password rules): @zxcvbn-ts with its
 * common and French dictionaries (load.ts). It never changes the rules' verdicts; it only grades the
 * password 0–4 and offers one tip (tips.ts). What each setting costs is measured by `npm run bench`.
 */

import type { Match, OptionsType, ZxcvbnResult } from '@zxcvbn-ts/core';
import { type PersonNames, personNames } from '../person';
import { type ZxcvbnPackages, zxcvbnDictionaryOptions } from './packages';
import type { PasswordStrengthMessageKey } from '../messages';
import { chooseTip } from './tips';
import { userInputsFor } from './user-inputs';

export type StrengthLevel = 0 | 1 | 2 | 3 | 4;

export interface StrengthEstimate {
  readonly level: StrengthLevel;
  /** One piece of advice, as a catalogue key; absent when there is nothing useful to say. */
  readonly tipKey?: PasswordStrengthMessageKey;
}

export interface StrengthEstimator {
  /**
   * Grades the password's first `codePoints` code points (default: the keystroke budget's window,
   * STRENGTH_MAX_CODE_POINTS). A caller may refine a longer password off the keystroke path with
   * REFINED_MAX_CODE_POINTS.
   */
  estimate(password: string, person: PersonNames | readonly string[], codePoints?: number): StrengthEstimate;
}

/**
 * Only the start of the password is estimated on a keystroke, counted in code points so the cut never
 * splits an emoji: zxcvbn's cost grows faster than linearly with length, and the keystroke budget
 * (`npm run bench`) is met with one window of this size. Passwords of 12–16 characters (what GAIA asks
 * for and what most people type) are graded whole; a longer one gets the grade of its first 16
 * characters, a lower bound (more characters only add guesses): never "strong" for a weak one.
 */
export const STRENGTH_MAX_CODE_POINTS = 16;

/**
 * How much of a longer password the refinement grades (chunks of STRENGTH_MAX_CODE_POINTS whose guesses
 * add up), run when typing pauses: a long passphrase is then graded on its whole length, not its start.
 */
export const REFINED_MAX_CODE_POINTS = 64;

/**
 * Levels from log10(guesses) (docs/sources.md, the password rules): below 8 very weak, 8–10 weak, 10–12 fair, 12–14 good, 14 and
 * more strong. zxcvbn's own score thresholds (3, 6, 8, 10) are moved to these, so that its feedback, which
 * it only gives for scores 0–2, is given for our levels 0–2.
 */
export const LEVEL_THRESHOLDS_LOG10 = [8, 10, 12, 14] as const;

/** Level at most this when the password holds the person's name, a site word, or is mostly a common password. */
export const CAPPED_LEVEL: StrengthLevel = 1;

/** A common password covering at least this share of the password caps the level. */
export const COMMON_PASSWORD_COVERAGE = 0.5;

/**
 * zxcvbn-ts options tuned for typing speed, with DEFAULT_TUNING below:
 * - l33tMaxSubstitutions (see DEFAULT_TUNING) instead of 100: the default makes l33t-heavy inputs many
 *   times slower.
 * - maxLength: never reached, since we cut at STRENGTH_MAX_CODE_POINTS ourselves (2 UTF-16 units each at
 *   most), but it bounds the work should that cut ever be removed.
 * - useLevenshteinDistance stays off: it is slower by two orders of magnitude.
 * - no translations: zxcvbn then returns its feedback as keys, which we map to our own messages.
 */
export const TUNED_OPTIONS = {
  maxLength: REFINED_MAX_CODE_POINTS * 2,
  useLevenshteinDistance: false,
} as const satisfies OptionsType;

export interface StrengthTuning {
  readonly l33tMaxSubstitutions: number;
  readonly chunkCodePoints: number;
}

/**
 * zxcvbn-ts's cost grows with length and is dominated by its look-alike ("l33t") matcher
 * (test/bench/password.bench-core.ts measures it). Decision: l33tMaxSubstitutions 1 (look-alike common passwords such as « P@ssw0rd », « Motdep@sse » or
 * « B0nj0ur » are still recognised and graded as with 2 or 4 — with 0 they were graded strong; each step
 * down is faster; our own name matcher covers disguised names anyway), and
 * one window of STRENGTH_MAX_CODE_POINTS (see there). The chunked loop below stays general: chunks of
 * `chunkCodePoints` whose log10(guesses) add up, stopping once the top level is reached.
 */
export const DEFAULT_TUNING: StrengthTuning = { l33tMaxSubstitutions: 1, chunkCodePoints: STRENGTH_MAX_CODE_POINTS };

/** zxcvbn's documented attack rates; only `scoring` is ours, but the option wants both halves. */
const ZXCVBN_ATTACK_RATES = {
  onlineThrottlingXPerHour: 100,
  onlineNoThrottlingXPerSecond: 10,
  offlineSlowHashingXPerSecond: 1e4,
  offlineFastHashingXPerSecond: 1e10,
};

export function createStrengthEstimator(packages: ZxcvbnPackages, tuning: StrengthTuning = DEFAULT_TUNING): StrengthEstimator {
  const [veryWeak, weak, fair, good] = LEVEL_THRESHOLDS_LOG10;
  const zxcvbn = new packages.core.ZxcvbnFactory({
    ...zxcvbnDictionaryOptions(packages),
    ...TUNED_OPTIONS,
    l33tMaxSubstitutions: tuning.l33tMaxSubstitutions,
    timeEstimationValues: {
      scoring: { 0: 10 ** veryWeak, 1: 10 ** weak, 2: 10 ** fair, 3: 10 ** good },
      attackTime: ZXCVBN_ATTACK_RATES,
    },
  });

  // A checker's words for zxcvbn, made once per person: keyed weakly, so they go with the checker.
  const inputsByPerson = new WeakMap<PersonNames, readonly string[]>();
  const inputsOf = (person: PersonNames): string[] => {
    let inputs = inputsByPerson.get(person);
    if (!inputs) inputsByPerson.set(person, (inputs = userInputsFor(person)));
    return inputs as string[];
  };

  return {
    estimate(password, given, codePoints = STRENGTH_MAX_CODE_POINTS) {
      const normalized = password.normalize('NFC');
      if (normalized.length === 0) return { level: 0 };
      const person = 'tokens' in given ? given : personNames(given);
      const estimated = firstCodePoints(normalized, codePoints);
      const inputs = inputsOf(person);
      let guessesLog10 = 0;
      let commonLength = 0;
      let holdsName = holdsKnownName(normalized, person);
      let weakest: ZxcvbnResult | null = null;
      for (const chunk of splitCodePoints(estimated, tuning.chunkCodePoints)) {
        const result = zxcvbn.check(chunk, inputs);
        guessesLog10 += result.guessesLog10;
        commonLength += commonPasswordLength(result.sequence);
        holdsName ||= result.sequence.some(isUserInputMatch);
        if (weakest === null || result.guessesLog10 < weakest.guessesLog10) weakest = result;
        // Further chunks can only add guesses: once the top level is reached, they cannot change it.
        if (levelFromLog10(guessesLog10) === 4) break;
      }
      const mostlyCommon = commonLength / estimated.length >= COMMON_PASSWORD_COVERAGE;
      const uncapped = levelFromLog10(guessesLog10);
      const level = holdsName || mostlyCommon ? (Math.min(uncapped, CAPPED_LEVEL) as StrengthLevel) : uncapped;
      const tipKey = weakest === null ? undefined : chooseTip(weakest, level, holdsName, mostlyCommon, estimated);
      return tipKey === undefined ? { level } : { level, tipKey };
    },
  };
}

export function levelFromLog10(guessesLog10: number): StrengthLevel {
  const index = LEVEL_THRESHOLDS_LOG10.findIndex((threshold) => guessesLog10 < threshold);
  return (index < 0 ? 4 : index) as StrengthLevel;
}

function firstCodePoints(text: string, limit: number): string {
  let end = 0;
  let count = 0;
  while (end < text.length && count < limit) {
    const code = text.codePointAt(end) ?? 0;
    end += code > 0xffff ? 2 : 1;
    count += 1;
  }
  return text.slice(0, end);
}

/** Consecutive pieces of at most `size` code points each. */
function splitCodePoints(text: string, size: number): string[] {
  const codePoints = [...text];
  const pieces: string[] = [];
  for (let start = 0; start < codePoints.length; start += size) pieces.push(codePoints.slice(start, start + size).join(''));
  return pieces;
}

function isUserInputMatch(match: Match): boolean {
  return match.pattern === 'dictionary' && match['dictionaryName'] === 'userInputs';
}

/** Our own name matcher sees what zxcvbn misses (« Dup@nt », « Helene » for Hélène): cap on a fail too. */
function holdsKnownName(normalized: string, person: PersonNames): boolean {
  return person.tokens.length > 0 && person.find(normalized)?.state === 'fail';
}

/** How many UTF-16 units of the password are matches from the common-passwords list (reversed, l33t included). */
function commonPasswordLength(sequence: readonly Match[]): number {
  let covered = 0;
  for (const match of sequence) {
    const dictionaryName: unknown = match['dictionaryName'];
    if (match.pattern === 'dictionary' && typeof dictionaryName === 'string' && dictionaryName.startsWith('passwords')) {
      covered += match.j - match.i + 1;
    }
  }
  return covered;
}
