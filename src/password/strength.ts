/**
 * The strength estimate beside GAIA's rules (research §5, strength row): @zxcvbn-ts with its common and
 * French dictionaries, loaded on demand because they weigh ~1.1 MB and take ~150–250 ms to set up.
 * It never changes the rules' verdicts; it only grades the password 0–4 and offers one tip.
 *
 * Licences to ship with the build (all MIT, plus one data notice):
 *   node_modules/@zxcvbn-ts/core/LICENSE.txt
 *   node_modules/@zxcvbn-ts/language-common/LICENSE.txt
 *   node_modules/@zxcvbn-ts/language-fr/LICENSE.txt, NOTICE.md and THIRD_PARTY_LICENSES.md
 *     (commonWords-fr is derived from OpenSubtitles 2024, ODC-BY: redistribution must keep NOTICE.md)
 *   node_modules/@zxcvbn-ts/dictionary-compression/LICENSE (pulled in by the language packages)
 *   node_modules/fastest-levenshtein/LICENSE.md (a dependency of core)
 */

// Type-only imports are erased: the packages themselves are loaded by the dynamic import() below.
import type { Match, OptionsType, ZxcvbnResult } from '@zxcvbn-ts/core';
import type * as ZxcvbnCoreModule from '@zxcvbn-ts/core';
import type * as CommonPackageModule from '@zxcvbn-ts/language-common';
import type * as FrenchPackageModule from '@zxcvbn-ts/language-fr';
import { stripToBaseLetters } from './fold';
import type { PasswordStrengthMessageKey } from './messages';
import { namesFromIdentifier } from './names';
import { nameFinding, tokensFor } from './rules';

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
  estimate(password: string, names: readonly string[], codePoints?: number): StrengthEstimate;
}

/**
 * Only the start of the password is estimated, counted in code points so the cut never splits an emoji.
 * Decision (measured with `npm run bench` on this project's 2-core machine): one zxcvbn check of 16 code
 * points costs ~3 ms, and its cost grows faster than linearly with length; checking the whole password
 * (in chunks of 24, research §4.3) gave a full check p95 of ~21 ms against our 8 ms budget. With one
 * 16-code-point window the full check is ~4 ms median, ~6 ms p95. Passwords of 12–16 characters (what
 * GAIA asks for and what most people type) are graded exactly as before; a longer one gets the grade of
 * its first 16 characters, a lower bound (more characters only add guesses): never "strong" for a weak one.
 */
export const STRENGTH_MAX_CODE_POINTS = 16;

/**
 * How much of a longer password the refinement grades (chunks of STRENGTH_MAX_CODE_POINTS whose guesses
 * add up), run when typing pauses: a long passphrase is then graded on its whole length, not its start.
 */
export const REFINED_MAX_CODE_POINTS = 64;

/**
 * Levels from log10(guesses) (research §5): below 8 very weak, 8–10 weak, 10–12 fair, 12–14 good, 14 and
 * more strong. zxcvbn's own score thresholds (3, 6, 8, 10) are moved to these, so that its feedback, which
 * it only gives for scores 0–2, is given for our levels 0–2.
 */
export const LEVEL_THRESHOLDS_LOG10 = [8, 10, 12, 14] as const;

/** Level at most this when the password holds the person's name, a site word, or is mostly a common password. */
export const CAPPED_LEVEL: StrengthLevel = 1;

/** A common password covering at least this share of the password caps the level. */
export const COMMON_PASSWORD_COVERAGE = 0.5;

/** Words of the CNRS context an attacker would try first; given to zxcvbn with the person's names. */
export const CONTEXT_WORDS: readonly string[] = ['cnrs', 'gaia', 'janus', 'ods', 'sesame', 'webmail'];

/**
 * zxcvbn-ts options tuned for typing speed (research §4.3), with DEFAULT_TUNING below:
 * - l33tMaxSubstitutions (see DEFAULT_TUNING) instead of 100: the default lets l33t-heavy inputs take
 *   40 ms and more.
 * - maxLength: never reached, since we cut at STRENGTH_MAX_CODE_POINTS ourselves (2 UTF-16 units each at
 *   most), but it bounds the work should that cut ever be removed.
 * - useLevenshteinDistance stays off: median 171 ms, up to 2.6 s.
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
 * Measured on this project's 2-core machine (test/bench/password.bench-core.ts): zxcvbn-ts's cost grows
 * about linearly past 12 characters and is dominated by its look-alike ("l33t") matcher — with
 * l33tMaxSubstitutions 8, ~10 ms at 12 random characters but ~70 ms at 64.
 * Decision: l33tMaxSubstitutions 1 (look-alike common passwords such as « P@ssw0rd », « Motdep@sse » or
 * « B0nj0ur » are still recognised and graded as with 2 or 4 — with 0 they were graded strong; each step
 * down measured ~20 % faster; our own name matcher covers disguised names anyway), and
 * one window of STRENGTH_MAX_CODE_POINTS (see there). The chunked loop below stays general: chunks of
 * `chunkCodePoints` whose log10(guesses) add up, stopping once the top level is reached.
 */
export const DEFAULT_TUNING: StrengthTuning = { l33tMaxSubstitutions: 1, chunkCodePoints: STRENGTH_MAX_CODE_POINTS };

type ZxcvbnCore = typeof ZxcvbnCoreModule;
type CommonPackage = typeof CommonPackageModule;
type FrenchPackage = typeof FrenchPackageModule;

export interface ZxcvbnPackages {
  readonly core: ZxcvbnCore;
  readonly common: CommonPackage;
  readonly french: FrenchPackage;
}

/** zxcvbn's documented attack rates; only `scoring` is ours, but the option wants both halves. */
const ZXCVBN_ATTACK_RATES = {
  onlineThrottlingXPerHour: 100,
  onlineNoThrottlingXPerSecond: 10,
  offlineSlowHashingXPerSecond: 1e4,
  offlineFastHashingXPerSecond: 1e10,
};

let loading: Promise<StrengthEstimator> | null = null;

/** Loads the estimator on first call (dynamic imports, so bundlers put it in its own chunks); later calls share it. */
export function loadStrengthEstimator(): Promise<StrengthEstimator> {
  if (loading === null) {
    loading = importZxcvbnPackages().then((packages) => createStrengthEstimator(packages));
    // A failed load (e.g. a missing chunk) may be retried later instead of failing forever.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

export async function importZxcvbnPackages(): Promise<ZxcvbnPackages> {
  const [core, common, french] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-fr'),
  ]);
  return { core, common, french };
}

/** The dictionaries and keyboard graphs every configuration uses (also the benchmark's default one). */
export function zxcvbnDictionaryOptions(packages: ZxcvbnPackages): OptionsType {
  return {
    dictionary: { ...packages.common.dictionary, ...packages.french.dictionary },
    graphs: packages.common.adjacencyGraphs,
  };
}

export function createStrengthEstimator(
  packages: ZxcvbnPackages,
  tuning: StrengthTuning = DEFAULT_TUNING,
): StrengthEstimator {
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

  return {
    estimate(password, names, codePoints = STRENGTH_MAX_CODE_POINTS) {
      const normalized = password.normalize('NFC');
      if (normalized.length === 0) return { level: 0 };
      const estimated = firstCodePoints(normalized, codePoints);
      const inputs = userInputsFor(names);
      let guessesLog10 = 0;
      let commonLength = 0;
      let holdsName = holdsKnownName(normalized, names);
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

let cachedInputsKey: string | null = null;
let cachedInputs: string[] = [];

/**
 * zxcvbn only lower-cases its user inputs (no accent folding, no splitting), so it is given every form:
 * each name as written (« hélène dupont-martin »), each word (« dupont-martin »), each word without its
 * hyphens (« dupontmartin »), each part (« hélène »), all of these with accents folded (« helene »), the
 * rule tokens (« lafontaine »), and the CNRS context words.
 */
export function userInputsFor(names: readonly string[]): string[] {
  const key = names.join('\u0000');
  if (key === cachedInputsKey) return cachedInputs;
  const inputs = new Set<string>(CONTEXT_WORDS);
  const add = (form: string): void => {
    if (form.length < 2) return;
    inputs.add(form);
    inputs.add(stripToBaseLetters(form));
  };
  for (const name of names) {
    const pieces = name.includes('@') ? namesFromIdentifier(name) : [name];
    for (const piece of pieces) {
      const written = piece.normalize('NFC').toLowerCase().trim();
      add(written);
      for (const word of written.split(/\s+/u)) {
        add(word);
        add(word.replace(NOT_A_LETTER, ''));
      }
      for (const part of written.split(NOT_A_LETTER)) add(part);
    }
  }
  for (const token of tokensFor(names)) inputs.add(token.folded);
  cachedInputs = [...inputs];
  cachedInputsKey = key;
  return cachedInputs;
}

const NOT_A_LETTER = /[^\p{L}\p{M}]+/gu;

function isUserInputMatch(match: Match): boolean {
  return match.pattern === 'dictionary' && match['dictionaryName'] === 'userInputs';
}

/** Our own name matcher sees what zxcvbn misses (« Dup@nt », « Helene » for Hélène): cap on a fail too. */
function holdsKnownName(normalized: string, names: readonly string[]): boolean {
  const tokens = tokensFor(names);
  return tokens.length > 0 && nameFinding(normalized, tokens)?.state === 'fail';
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

/**
 * zxcvbn's feedback keys mapped to ours. Suggestions that contradict GAIA are dropped: « noNeed » says
 * symbols, digits and capitals are not needed, and GAIA requires some of them. « pwned » needs a network
 * matcher we do not use.
 */
const TIP_BY_ZXCVBN_KEY: Readonly<Record<string, PasswordStrengthMessageKey>> = {
  // warnings
  straightRow: 'pw_tip_keyboard',
  keyPattern: 'pw_tip_keyboard',
  simpleRepeat: 'pw_tip_repeat',
  extendedRepeat: 'pw_tip_repeat',
  sequences: 'pw_tip_sequence',
  recentYears: 'pw_tip_dates',
  dates: 'pw_tip_dates',
  topTen: 'pw_tip_common',
  topHundred: 'pw_tip_common',
  common: 'pw_tip_common',
  similarToCommon: 'pw_tip_common',
  wordByItself: 'pw_tip_more_words',
  namesByThemselves: 'pw_tip_more_words',
  commonNames: 'pw_tip_more_words',
  userInputs: 'pw_tip_personal',
  // suggestions
  l33t: 'pw_tip_predictable',
  reverseWords: 'pw_tip_predictable',
  allUppercase: 'pw_tip_capitals',
  capitalization: 'pw_tip_capitals',
  associatedYears: 'pw_tip_dates',
  repeated: 'pw_tip_repeat',
  longerKeyboardPattern: 'pw_tip_keyboard',
  anotherWord: 'pw_tip_more_words',
  useWords: 'pw_tip_more_words',
};

const LONGER_TIP_BELOW_CODE_POINTS = 14;
const TIP_FROM_LEVEL_BELOW: StrengthLevel = 3;

function chooseTip(
  result: ZxcvbnResult,
  level: StrengthLevel,
  holdsName: boolean,
  mostlyCommon: boolean,
  estimated: string,
): PasswordStrengthMessageKey | undefined {
  if (holdsName) return 'pw_tip_personal';
  if (mostlyCommon) return 'pw_tip_common';
  if (level >= TIP_FROM_LEVEL_BELOW) return undefined;
  const fromZxcvbn = [result.feedback.warning, ...result.feedback.suggestions]
    .map((key) => (key === null ? undefined : TIP_BY_ZXCVBN_KEY[key]))
    // anotherWord comes first in every zxcvbn feedback; a specific tip is more useful when there is one.
    .filter((tip): tip is PasswordStrengthMessageKey => tip !== undefined);
  const specific = fromZxcvbn.find((tip) => tip !== 'pw_tip_more_words');
  if (specific !== undefined) return specific;
  if ([...estimated].length < LONGER_TIP_BELOW_CODE_POINTS) return 'pw_tip_longer';
  return fromZxcvbn[0] ?? 'pw_tip_more_words';
}
